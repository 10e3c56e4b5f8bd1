export { createGenesysClient, type GenesysClient, type GenesysLimits } from "./client.ts";
export { GenesysError, isGenesysError, type GenesysErrorKind } from "./errors.ts";
export type { GenesysCallOptions, GenesysReadOptions } from "./inputs.ts";
export type { GenesysUserName } from "./users.ts";
export type { GenesysClientOptions, GenesysLogger } from "./options.ts";
export {
  GENESYS_ROLES,
  GenesysCreateUserSchema,
  GenesysDeviceSchema,
  GenesysSkillAssignmentSchema,
  GenesysSkillSchema,
  GenesysUserSchema,
  GenesysUserUpdateSchema,
  type GenesysCreateUser,
  type GenesysDevice,
  type GenesysRole,
  type GenesysSkill,
  type GenesysSkillAssignment,
  type GenesysUser,
  type GenesysUserUpdate,
} from "./schemas.ts";
