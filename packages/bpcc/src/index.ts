export type { BpccCallOptions } from "./caller-signal.ts";
export { createBpccClient, type BpccClient, type BpccLimits } from "./client.ts";
export { BpccError, isBpccError, type BpccErrorKind } from "./errors.ts";
export type { BpccClientOptions, BpccLogger } from "./options.ts";
export {
  BpccAccessNumberSchema,
  BpccCreateUserSchema,
  BpccDirectoryEntrySchema,
  BpccLockStateSchema,
  BpccLoginInfoSchema,
  BpccTeamSchema,
  BpccTokenResponseSchema,
  BpccUserSchema,
  BpccUserUpdateSchema,
  type BpccAccessNumber,
  type BpccCreateUser,
  type BpccDirectoryEntry,
  type BpccLockState,
  type BpccLoginInfo,
  type BpccTeam,
  type BpccTokenResponse,
  type BpccUser,
  type BpccUserUpdate,
} from "./schemas.ts";
