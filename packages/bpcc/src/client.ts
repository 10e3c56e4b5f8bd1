import pLimit from "p-limit";
import { createHttp } from "./http.ts";
import { resolveOptions, type BpccClientOptions } from "./options.ts";
import { createPhoneCalls } from "./phones.ts";
import { createRedactor } from "./redactor.ts";
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
 * The retry budget, so a caller can bound its own wait. One call costs at most
 * `(retries + 1) * timeoutMs + retries * maxBackoffMs` (a token fetch, when one is due, as much
 * again; a 401 replay doubles it), plus the time queued behind `concurrency` other calls.
 */
export type BpccLimits = {
  readonly timeoutMs: number;
  readonly retries: number;
  readonly maxBackoffMs: number;
  readonly concurrency: number;
};

export interface BpccClient {
  readonly limits: BpccLimits;
  getToken(): Promise<string>;
  getDirectory(): Promise<BpccDirectoryEntry[]>;
  listAccessNumbers(): Promise<BpccAccessNumber[]>;
  listTeams(): Promise<BpccTeam[]>;
  getUser(loginId: string): Promise<BpccUser>;
  createUser(input: BpccCreateUser): Promise<void>;
  updateUser(loginId: string, patch: BpccUserUpdate): Promise<void>;
  deleteUser(loginId: string): Promise<void>;
  getLockState(loginId: string): Promise<BpccLockState>;
  clearLock(loginId: string): Promise<BpccLockState>;
}

export function createBpccClient(options: BpccClientOptions): BpccClient {
  const settings = resolveOptions(options);
  const { logger } = settings;
  const limit = pLimit(settings.concurrency);
  const schedule = <T>(task: () => Promise<T>): Promise<T> => limit(task);
  const http = createHttp(settings);
  const redactor = createRedactor(settings.clientSecret);
  const fetchToken = createTokenFetcher({ ...settings, http, redactor, logger, schedule });
  const tokens = createTokenManager({ fetchToken });
  const transport = createTransport({ http, tokens, redactor, logger, schedule });

  return {
    limits: Object.freeze({
      timeoutMs: settings.timeoutMs,
      retries: settings.retries,
      maxBackoffMs: settings.maxBackoffMs,
      concurrency: settings.concurrency,
    }),
    getToken: () => tokens.getToken(),
    ...createPhoneCalls(transport),
    ...createTeamCalls(transport),
    ...createUserCalls(transport),
  };
}
