import { z } from "zod";

/**
 * How and when a user last signed in to the contact center, as the platform reports it. Every field
 * may be missing: someone who never signed in has only `signedIn: false`, or nothing at all.
 */
export const LoginInfoSchema = z.lazy(() => z.object({
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
}));
export type LoginInfo = z.infer<typeof LoginInfoSchema>;

/**
 * A phone assigned to a user, on a platform that has devices (Genesys); read-only in Switchboard.
 * Every field but the id may be missing from what the platform reports.
 */
export const DeviceSchema = z.lazy(() => z.object({
  id: z.string(),
  /** As the platform gives it, e.g. "+14155550123" or "5551234". */
  phoneNumber: z.string().nullable(),
  /** Whether this is the device the user works on now (GWS `deviceState: Active`). */
  active: z.boolean().nullable(),
  doNotDisturb: z.boolean().nullable(),
  /** Where calls to it are forwarded, when they are. */
  forwardTo: z.string().nullable(),
  /** E.g. "Softphone", "Mobile". */
  type: z.string().nullable(),
}));
export type Device = z.infer<typeof DeviceSchema>;

/** `GET /api/users/:loginId`: one user of the contact center. */
export const UserSchema = z.lazy(() => z.object({
  loginId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  team: z.string().nullable(),
  extension: z.string().nullable(),
  email: z.string().nullable(),
  workPhone: z.string().nullable(),
  mobilePhone: z.string().nullable(),
  /** The direct number (DID) the directory shows for this user, E.164 digits without "+"; null when none. */
  did: z.string().nullable(),
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
  /** Present on a platform that has devices (Genesys), absent on one that has none (BPCC). */
  devices: z.array(DeviceSchema).optional(),
  /** Do not disturb, on a platform that reports it per user (Genesys); absent elsewhere. */
  doNotDisturb: z.boolean().nullable().optional(),
}));
export type User = z.infer<typeof UserSchema>;

/** `GET|DELETE /api/users/:loginId/lock`: whether too many failed sign-ins locked the account. */
export const LockStateSchema = z.lazy(() => z.object({ lockedOut: z.boolean() }));
export type LockState = z.infer<typeof LockStateSchema>;
