import { z } from "zod";
import {
  optionalBoolean,
  optionalString,
  optionalText,
  requiredText,
  wireBoolean,
  wireSeconds,
  wireSkillLevel,
} from "./wire-values.ts";

// Response schemas tolerate the wire (see wire-values.ts); unknown extra fields are dropped.
// Request schemas are strict about types, so what we send is what BPCC documents.

/** How long a token lives when the upstream omits `expires_in` (RFC 6749 only recommends it). */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 300;

export const BpccTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: optionalString,
  expires_in: wireSeconds.nullish().transform((value) => value ?? DEFAULT_TOKEN_LIFETIME_SECONDS),
  scope: optionalString,
});
export type BpccTokenResponse = z.infer<typeof BpccTokenResponseSchema>;

/** GET /phone/user: one row of the phone directory, the only list of users BPCC has. */
export const BpccDirectoryEntrySchema = z.object({
  loginId: requiredText,
  firstName: optionalText,
  lastName: optionalText,
  extension: optionalText,
  /** The external (DID) number, when one is assigned. */
  external: optionalText,
  voiceMail: wireBoolean.nullish().transform((value) => value ?? false),
  greeting: wireBoolean.nullish().transform((value) => value ?? false),
});
export type BpccDirectoryEntry = z.infer<typeof BpccDirectoryEntrySchema>;

/**
 * GET /phone/ext: an access number and what it is assigned to. The collection shows only a
 * scenario assignment; a user's DID (type "softphone" on the Export Access Numbers page) names
 * the user. Fields of other assignment types are kept as they come, for display.
 */
export const BpccAccessNumberSchema = z
  .object({
    number: requiredText,
    media: optionalString,
    type: optionalString,
    scenario: optionalString,
    loginId: optionalText,
    extension: optionalText,
    firstName: optionalText,
    lastName: optionalText,
  })
  .loose();
export type BpccAccessNumber = z.infer<typeof BpccAccessNumberSchema>;

export const BpccTeamSchema = z.object({ name: z.string().min(1) });
export type BpccTeam = z.infer<typeof BpccTeamSchema>;

export const BpccLoginInfoSchema = z.object({
  isLoggedIn: optionalBoolean,
  lastLogin: optionalString,
  lastLogout: optionalString,
  browser: optionalString,
  phoneMode: optionalString,
  os: optionalString,
  ipAddress: optionalString,
  userAgent: optionalString,
  adHelperVersion: optionalString,
  appType: optionalString,
  appVersion: optionalString,
});
export type BpccLoginInfo = z.infer<typeof BpccLoginInfoSchema>;

/** GET /user/{username}. The documented defaults apply when a flag is left out. */
export const BpccUserSchema = z.object({
  loginId: requiredText,
  firstName: optionalText,
  lastName: optionalText,
  team: optionalString,
  extension: optionalText,
  workPhone: optionalText,
  mobilePhone: optionalText,
  email: optionalString,
  disabled: wireBoolean.nullish().transform((value) => value ?? false),
  changePassword: wireBoolean.nullish().transform((value) => value ?? false),
  skills: z
    .record(z.string(), wireSkillLevel)
    .nullish()
    .transform((value) => value ?? {}),
  roles: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
  loginInfo: BpccLoginInfoSchema.nullish().transform((value) => value ?? undefined),
});
export type BpccUser = z.infer<typeof BpccUserSchema>;

const skillsInput = z.record(z.string().min(1), z.number().min(0).max(100));

/** POST /user. loginId, firstName, lastName and team are required to create a user. */
export const BpccCreateUserSchema = z.object({
  loginId: z.string().min(1),
  password: z.string().min(1).optional(),
  changePassword: z.boolean().optional(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  team: z.string().min(1),
  /** Assigned automatically when left out. */
  extension: z.string().min(1).optional(),
  workPhone: z.string().optional(),
  mobilePhone: z.string().optional(),
  email: z.string().optional(),
  disabled: z.boolean().optional(),
  skills: skillsInput.optional(),
  roles: z.array(z.string().min(1)).optional(),
});
export type BpccCreateUser = z.infer<typeof BpccCreateUserSchema>;

/** PUT /user/{username}: the only five attributes BPCC lets one change after creation. */
export const BpccUserUpdateSchema = z
  .object({
    skills: skillsInput.optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(1).optional(),
    changePassword: z.boolean().optional(),
    team: z.string().min(1).optional(),
  })
  .refine((patch) => Object.values(patch).some((value: unknown) => value !== undefined), {
    error: "nothing to update: give skills, disabled, password, changePassword or team",
  });
export type BpccUserUpdate = z.infer<typeof BpccUserUpdateSchema>;

export const BpccLockStateSchema = z.object({ lockedOut: wireBoolean });
export type BpccLockState = z.infer<typeof BpccLockStateSchema>;
