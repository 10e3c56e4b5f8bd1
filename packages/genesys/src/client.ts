import { createHttp, createRedactor, pickLimits, type UpstreamLimits } from "@switchboard/upstream-http";
import pLimit from "p-limit";
import type { GenesysCallOptions, GenesysReadOptions } from "./inputs.ts";
import { resolveOptions, type GenesysClientOptions } from "./options.ts";
import type { GenesysCreateUser, GenesysDevice, GenesysSkill, GenesysSkillAssignment, GenesysUser, GenesysUserUpdate } from "./schemas.ts";
import { createSession } from "./session.ts";
import { createSkillAndDeviceCalls } from "./skills.ts";
import { createTransport } from "./transport.ts";
import { createUserCalls, type GenesysUserName } from "./users.ts";

/**
 * The retry budget (`UpstreamLimits`), per page of a list; a CSRF refresh adds one read and one more
 * attempt of the write.
 */
export type GenesysLimits = UpstreamLimits;

export interface GenesysClient {
  readonly limits: GenesysLimits;
  /** The GWS user this client signs in as (HTTP Basic); a user of the directory like any other. */
  readonly username: string;
  getMe(options?: GenesysCallOptions): Promise<GenesysUser>;
  listUsers(options?: GenesysReadOptions): Promise<GenesysUser[]>;
  listUserNames(options?: GenesysCallOptions): Promise<GenesysUserName[]>;
  getUser(userId: string, options?: GenesysReadOptions): Promise<GenesysUser>;
  findUserByUserName(userName: string, options?: GenesysCallOptions): Promise<GenesysUser | undefined>;
  createUser(input: GenesysCreateUser, options?: GenesysCallOptions): Promise<string>;
  updateUser(userId: string, patch: GenesysUserUpdate, options?: GenesysCallOptions): Promise<void>;
  deleteUser(userId: string, options?: GenesysCallOptions): Promise<void>;
  listSkills(options?: GenesysCallOptions): Promise<GenesysSkill[]>;
  listUserSkills(userId: string, options?: GenesysCallOptions): Promise<GenesysSkill[]>;
  assignSkill(userId: string, assignment: GenesysSkillAssignment, options?: GenesysCallOptions): Promise<void>;
  unassignSkill(userId: string, skillId: string, options?: GenesysCallOptions): Promise<void>;
  listUserDevices(userId: string, options?: GenesysCallOptions): Promise<GenesysDevice[]>;
}

const API_PREFIX = "/api/v2";
// Session cookies and CSRF tokens rotate: an upstream that echoes one may echo one of the last few.
const REMEMBERED_SECRETS = 8;

export function createGenesysClient(options: GenesysClientOptions): GenesysClient {
  const settings = resolveOptions(options);
  const limit = pLimit(settings.concurrency);
  const schedule = <T>(task: () => Promise<T>): Promise<T> => limit(task);
  const credentials = Buffer.from(`${settings.username}:${settings.password}`, "utf8").toString("base64");
  const redactor = createRedactor([settings.password, credentials], REMEMBERED_SECRETS);
  const http = createHttp({ ...settings, apiPrefix: API_PREFIX, label: "Genesys" });
  const session = createSession(redactor);
  const transport = createTransport({ http, session, redactor, logger: settings.logger, authorization: `Basic ${credentials}`, schedule });

  return {
    limits: pickLimits(settings),
    username: settings.username,
    ...createUserCalls({ transport, pageSize: settings.pageSize }),
    ...createSkillAndDeviceCalls(transport, `${settings.baseUrl}${API_PREFIX}`),
  };
}
