import { z } from "zod";
import { ROLES, RoleSchema } from "./permissions.ts";

/**
 * Dashboard account names: ASCII only, so that no two names can look alike (no Cyrillic "а" posing as
 * "a") and none can carry a control character into a log line or the audit trail.
 */
export const AccountNameSchema = z
  .string({ error: "Enter a username." })
  .min(3, "Use at least 3 characters.")
  .max(64, "Use at most 64 characters.")
  .regex(/^[A-Za-z0-9._-]+$/, "Use only letters, digits, '.', '_' and '-'.");

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Characters as a person counts them (code points, after the NFKC normalisation the hash also applies). */
export function passwordLength(password: string): number {
  return [...password.normalize("NFKC")].length;
}

/**
 * A new password's length (NIST SP 800-63B: no composition rules). The BFF checks more — the most common
 * passwords, the account's own name — because only it holds the list.
 */
export const NewPasswordSchema = z
  .string({ error: "Enter a password." })
  .refine((p) => passwordLength(p) >= PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const AccountRoleSchema = z.enum(ROLES, { error: `Choose one of: ${ROLES.join(", ")}.` });

/** A dashboard account as the API shows it: never its password hash. */
export const AccountSchema = z.object({
  username: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  /** Signs in through the identity provider (single sign-on): no password, its role comes from the provider. */
  sso: z.boolean(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

/** `GET /api/accounts`, ordered by name. */
export const AccountListSchema = z.object({ accounts: z.array(AccountSchema) });
export type AccountList = z.infer<typeof AccountListSchema>;

/** `POST /api/accounts`. */
export const CreateAccountRequestSchema = z.strictObject({
  username: AccountNameSchema,
  password: NewPasswordSchema,
  role: AccountRoleSchema,
});
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

/** `PATCH /api/accounts/:username`: any of the three, at least one. */
export const UpdateAccountRequestSchema = z
  .strictObject({
    role: AccountRoleSchema.optional(),
    disabled: z.boolean({ error: "Use true or false." }).optional(),
    password: NewPasswordSchema.optional(),
  })
  .refine((change) => change.role !== undefined || change.disabled !== undefined || change.password !== undefined, {
    error: "Give at least one of role, disabled, password.",
  });
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;
