import { z } from "zod";
import { optionalBoolean, optionalFlag, optionalInteger, optionalText, wireInteger } from "./wire-values.ts";

// The shapes of GWS 8.5 Users API bodies, lenient where the wire varies. Unknown fields are dropped.

/** Every body: `statusCode` 0 (or "0") is success; the rest of the body depends on the call. */
export const GenesysEnvelopeSchema = z.object({
  statusCode: wireInteger,
  statusMessage: z.string().optional(),
});

export const GenesysSkillSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: optionalText,
  /** Only on a user's skills; sometimes the string "0". */
  level: optionalInteger,
  uri: optionalText,
  path: optionalText,
});
export type GenesysSkill = z.output<typeof GenesysSkillSchema>;

export const GenesysDeviceSchema = z.object({
  id: z.string().min(1),
  /** "Active" or "Inactive". */
  deviceState: optionalText,
  phoneNumber: optionalText,
  e164Number: optionalText,
  localNumber: optionalText,
  country: z
    .object({ name: optionalText, code: optionalText, callingCode: optionalText })
    .nullish()
    .transform((value) => value ?? undefined),
  location: optionalText,
  telephonyNetwork: optionalText,
  userState: z
    .object({ id: optionalText, displayName: optionalText, state: optionalText })
    .nullish()
    .transform((value) => value ?? undefined),
  doNotDisturb: optionalFlag,
  forwardTo: optionalText,
  capabilities: z.array(z.string()).nullish().transform((value) => value ?? []),
  type: optionalText,
  vendor: optionalText,
  model: optionalText,
});
export type GenesysDevice = z.output<typeof GenesysDeviceSchema>;

export const GenesysUserSchema = z.object({
  /** 32 hex characters: the key of every call about one user. */
  id: z.string().min(1),
  /** The user's e-mail address: what the console names users by. */
  userName: z.string().min(1),
  firstName: optionalText,
  lastName: optionalText,
  emailAddress: optionalText,
  roles: z.array(z.string()).nullish().transform((value) => value ?? []),
  enabled: optionalBoolean,
  changePasswordOnFirstLogin: optionalBoolean,
  contactCenterId: optionalText,
  /** FlagV2 "On"/"Off", read as a boolean. */
  doNotDisturb: optionalFlag,
  uri: optionalText,
  path: optionalText,
  /** Only with `subresources=*`. */
  skills: z.array(GenesysSkillSchema).optional(),
  /** Only with `subresources=*`. */
  devices: z.array(GenesysDeviceSchema).optional(),
});
export type GenesysUser = z.output<typeof GenesysUserSchema>;

export const GenesysUserBodySchema = z.object({ user: GenesysUserSchema });
export const GenesysUserPageSchema = z.object({
  users: z.array(GenesysUserSchema),
  /** Given by servers that page; without it the one answer is the whole list. */
  totalCount: optionalInteger,
});
// Required, not defaulted: a collection asked for without `fields=*` answers `uris` only, and that
// must fail loudly rather than read as "no skills".
export const GenesysSkillsBodySchema = z.object({ skills: z.array(GenesysSkillSchema) });
export const GenesysDevicesBodySchema = z.object({ devices: z.array(GenesysDeviceSchema) });
/** Create answers `{"statusCode":"0","id","path","uri"}`. */
export const GenesysCreatedSchema = z.object({ id: z.string().min(1), path: optionalText, uri: optionalText });

export const GENESYS_ROLES = ["ROLE_ADMIN", "ROLE_AGENT"] as const;
export type GenesysRole = (typeof GENESYS_ROLES)[number];
const RoleSetSchema = z.array(z.enum(GENESYS_ROLES)).min(1);
const nonBlank = z.string().trim().min(1);

export const GenesysCreateUserSchema = z.object({
  userName: nonBlank,
  firstName: nonBlank,
  lastName: nonBlank,
  password: z.string().min(1),
  roles: RoleSetSchema,
  changePasswordOnFirstLogin: z.boolean().optional(),
});
export type GenesysCreateUser = z.input<typeof GenesysCreateUserSchema>;

/** What an update may change (the seed's PUT column); `roles` is the new set, not a diff. */
export const GenesysUserUpdateSchema = z
  .object({
    firstName: nonBlank.optional(),
    lastName: nonBlank.optional(),
    password: z.string().min(1).optional(),
    roles: RoleSetSchema.optional(),
  })
  .refine((update) => Object.values(update).some((value: unknown) => value !== undefined), { error: "nothing to change" });
export type GenesysUserUpdate = z.input<typeof GenesysUserUpdateSchema>;

export const GenesysSkillAssignmentSchema = z.union([
  z.object({ skillUri: z.url({ protocol: /^https?$/ }), level: z.number().int().min(0) }),
  z.object({ skillId: z.string().min(1), level: z.number().int().min(0) }),
]);
export type GenesysSkillAssignment = z.input<typeof GenesysSkillAssignmentSchema>;
