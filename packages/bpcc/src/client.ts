import pLimit from "p-limit";
import { waitUnlessStopped, type BpccCallOptions } from "./caller-signal.ts";
import { createHttp } from "./http.ts";
import { resolveOptions, type BpccClientOptions } from "./options.ts";
import { createPhoneCalls } from "./phones.ts";
import { createRedactor, pickLimits, type UpstreamLimits } from "@switchboard/upstream-http";
import type {
  BpccAccessNumber,
  BpccCreateUser,
  BpccDirectoryEntry,
  BpccLockState,
  BpccTeam,
  BpccUser,
  BpccUserUpdate,
} from "./schemas.ts";
import { createTeamCalls } from "./teams.ts";
import { createTokenFetcher } from "./token-endpoint.ts";
import { createTokenManager } from "./token-manager.ts";
import { createTransport } from "./transport.ts";
import { createUserCalls } from "./users.ts";

/**
 * The retry budget (`UpstreamLimits`): a token fetch, when one is due, costs as much again as a call,
 * and a 401 replay doubles it.
 */
export type BpccLimits = UpstreamLimits;

export interface BpccClient {
  readonly limits: BpccLimits;
  getToken(options?: BpccCallOptions): Promise<string>;
  getDirectory(options?: BpccCallOptions): Promise<readonly BpccDirectoryEntry[]>;
  listAccessNumbers(options?: BpccCallOptions): Promise<BpccAccessNumber[]>;
  listTeams(options?: BpccCallOptions): Promise<BpccTeam[]>;
  getUser(loginId: string, options?: BpccCallOptions): Promise<BpccUser>;
  createUser(input: BpccCreateUser, options?: BpccCallOptions): Promise<void>;
  updateUser(loginId: string, patch: BpccUserUpdate, options?: BpccCallOptions): Promise<void>;
  deleteUser(loginId: string, options?: BpccCallOptions): Promise<void>;
  getLockState(loginId: string, options?: BpccCallOptions): Promise<BpccLockState>;
  clearLock(loginId: string, options?: BpccCallOptions): Promise<BpccLockState>;
}

export function createBpccClient(options: BpccClientOptions): BpccClient {
  const settings = resolveOptions(options);
  const { logger } = settings;
  const limit = pLimit(settings.concurrency);
  const schedule = <T>(task: () => Promise<T>): Promise<T> => limit(task);
  const http = createHttp(settings);
  const redactor = createRedactor([settings.clientSecret]);
  const fetchToken = createTokenFetcher({ ...settings, http, redactor, logger, schedule });
  const tokens = createTokenManager({ fetchToken });
  const transport = createTransport({ http, tokens, redactor, logger, schedule });

  return {
    limits: pickLimits(settings),
    // The fetch is shared by every caller waiting for it, so a caller's signal only ends its own wait.
    getToken: (options) => waitUnlessStopped(tokens.getToken(), options?.signal, "getToken"),
    ...createPhoneCalls(transport),
    ...createTeamCalls(transport),
    ...createUserCalls(transport),
  };
}
