import { z } from "zod";
import { ROLES, RoleSchema } from "./permissions.ts";

/**
 * Dashboard account names: ASCII only, so that no two names can look alike (no Cyrillic "а" posing as
 * "a") and none can carry a control character into a log line or the audit trail.
 */
export const AccountNameSchema = z.lazy(() =>
  z
    .string({ error: "Enter a username." })
    .min(3, "Use at least 3 characters.")
    .max(64, "Use at most 64 characters.")
    .regex(/^[A-Za-z0-9._-]+$/, "Use only letters, digits, '.', '_' and '-'.")
);

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
export const NewPasswordSchema = z.lazy(() =>
  z
    .string({ error: "Enter a password." })
    .refine((p) => passwordLength(p) >= PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
);

export const AccountRoleSchema = z.lazy(() => z.enum(ROLES, { error: `Choose one of: ${ROLES.join(", ")}.` }));

/**
 * The teams an account is scoped to (decision 023): it sees and changes only users of these teams.
 * Null (or absent) is the whole tenant. An admin is never scoped.
 */
export const AccountTeamsSchema = z.lazy(() =>
  z
    .array(z.string({ error: "Each team is a name." }).trim().min(1, "A team name cannot be empty.").max(100, "Use at most 100 characters for a team."), {
      error: "Give a list of team names, or null for the whole tenant.",
    })
    .min(1, "Name at least one team, or null for the whole tenant.")
    .max(100, "Name at most 100 teams.")
    .refine((teams) => new Set(teams.map((t) => t.toLowerCase())).size === teams.length, "Name each team once.")
);

/** Team names compare without case (and the spaces around them), as a person reads them. */
function sameTeam(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: "accent" }) === 0;
}

/**
 * Whether a user of this team is within an account's scope (null: the whole tenant); a user with no
 * team is outside every scope. The BFF decides with it, the SPA offers only the teams it lets through.
 */
export function inTeamScope(scope: readonly string[] | null, team: string | null | undefined): boolean {
  if (scope === null) return true;
  return team !== null && team !== undefined && scope.some((name) => sameTeam(name, team));
}

/** A dashboard account as the API shows it: never its password hash. */
export const AccountSchema = z.lazy(() => z.object({
  username: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  /** Signs in through the identity provider (single sign-on): no password, its role comes from the provider. */
  sso: z.boolean(),
  /** The teams it is scoped to; null: the whole tenant (decision 023). For an SSO account, the provider's. */
  teams: z.array(z.string()).nullable(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  updatedAt: z.string(),
}));
export type Account = z.infer<typeof AccountSchema>;

/** `GET /api/accounts`, ordered by name. */
export const AccountListSchema = z.lazy(() => z.object({ accounts: z.array(AccountSchema) }));
export type AccountList = z.infer<typeof AccountListSchema>;

/** `POST /api/accounts`. */
export const CreateAccountRequestSchema = z.lazy(() => z.strictObject({
  username: AccountNameSchema,
  password: NewPasswordSchema,
  role: AccountRoleSchema,
  teams: AccountTeamsSchema.nullable().optional(),
}));
export type CreateAccountRequest = z.infer<typeof CreateAccountRequestSchema>;

/** `PATCH /api/accounts/:username`: any of the four, at least one; `teams: null` is the whole tenant again. */
export const UpdateAccountRequestSchema = z.lazy(() =>
  z
    .strictObject({
      role: AccountRoleSchema.optional(),
      disabled: z.boolean({ error: "Use true or false." }).optional(),
      password: NewPasswordSchema.optional(),
      teams: AccountTeamsSchema.nullable().optional(),
    })
    .refine((change) => change.role !== undefined || change.disabled !== undefined || change.password !== undefined || change.teams !== undefined, {
      error: "Give at least one of role, disabled, password, teams.",
    })
);
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;
