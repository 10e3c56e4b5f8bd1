import { z } from "zod";

/**
 * How and when a user last signed in to the contact center, as the platform reports it. Every field
 * may be missing: someone who never signed in has only `signedIn: false`, or nothing at all.
 */
export const LoginInfoSchema = z.object({
  signedIn: z.boolean().nullable(),
  /** As the platform writes it, ISO 8601 for BPCC; shown as is when it does not parse as a date. */
  lastSignIn: z.string().nullable(),
  lastSignOut: z.string().nullable(),
  browser: z.string().nullable(),
  os: z.string().nullable(),
  ipAddress: z.string().nullable(),
  /** E.g. "Agent Desktop". */
  application: z.string().nullable(),
  applicationVersion: z.string().nullable(),
  /** How the agent's phone is connected, e.g. "Browser Secure" or "Softphone". */
  phoneMode: z.string().nullable(),
});
export type LoginInfo = z.infer<typeof LoginInfoSchema>;

/** `GET /api/users/:loginId`: one user of the contact center. */
export const UserSchema = z.object({
  loginId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  team: z.string().nullable(),
  extension: z.string().nullable(),
  email: z.string().nullable(),
  workPhone: z.string().nullable(),
  mobilePhone: z.string().nullable(),
  roles: z.array(z.string()),
  /** Skill name → level (0–100). */
  skills: z.record(z.string(), z.number()),
  disabled: z.boolean(),
  /** The user must choose a new password at the next sign-in. */
  changePassword: z.boolean(),
  /**
   * Left out when the caller's role may not read sign-in details (`readLoginInfo`, docs/decisions/005);
   * null when the platform reported none.
   */
  loginInfo: LoginInfoSchema.nullable().optional(),
});
export type User = z.infer<typeof UserSchema>;

/** `GET|DELETE /api/users/:loginId/lock`: whether too many failed sign-ins locked the account. */
export const LockStateSchema = z.object({ lockedOut: z.boolean() });
export type LockState = z.infer<typeof LockStateSchema>;

const skillLevel = z.number({ error: "Use a number from 0 to 100." }).int("Use a whole number.").min(0, "Use 0 to 100.").max(100, "Use 0 to 100.");
const requiredName = (what: string) => z.string({ error: `Enter ${what}.` }).trim().min(1, `Enter ${what}.`).max(128, "Use at most 128 characters.");

/**
 * `POST /api/users` (issue 6), and what the platform port's `createUser` takes: the platform's own
 * attribute names. Only the bounds are checked here; the platform has the final word.
 */
export const CreateUserRequestSchema = z.strictObject({
  loginId: requiredName("a login"),
  firstName: requiredName("a first name"),
  lastName: requiredName("a last name"),
  team: requiredName("a team"),
  /** Assigned by the platform when left out. */
  extension: z.string().trim().min(1).max(32).optional(),
  email: z.string().trim().max(256).optional(),
  workPhone: z.string().trim().max(64).optional(),
  mobilePhone: z.string().trim().max(64).optional(),
  password: z.string().min(1).max(128).optional(),
  changePassword: z.boolean().optional(),
  disabled: z.boolean().optional(),
  skills: z.record(z.string().min(1), skillLevel).optional(),
  roles: z.array(z.string().min(1)).optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

/**
 * `PATCH /api/users/:loginId` (issue 6), and the port's `updateUser`: what may change after
 * creation. `skills` is the whole new set. A password changes only through the reset route.
 */
export const UpdateUserRequestSchema = z
  .strictObject({
    skills: z.record(z.string().min(1), skillLevel).optional(),
    team: requiredName("a team").optional(),
    disabled: z.boolean({ error: "Use true or false." }).optional(),
    changePassword: z.boolean({ error: "Use true or false." }).optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    error: "Give at least one of skills, team, disabled, changePassword.",
  });
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;
