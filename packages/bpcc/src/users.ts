import type { BpccCallOptions } from "./caller-signal.ts";
import { parseInput, parseResponse } from "./parsing.ts";
import { buildLockPath, buildUserPath } from "./paths.ts";
import {
  BpccCreateUserSchema,
  BpccLockStateSchema,
  BpccUserSchema,
  BpccUserUpdateSchema,
  type BpccCreateUser,
  type BpccLockState,
  type BpccUser,
  type BpccUserUpdate,
} from "./schemas.ts";
import type { Transport } from "./transport.ts";

const JSON_TYPE = "application/json";

// Create, update and delete answer a bare `OK` (labelled application/json): success is the 2xx
// status, and the body is not read.

export function createUserCalls(transport: Transport) {
  return {
    async getUser(loginId: string, { signal }: BpccCallOptions = {}): Promise<BpccUser> {
      const path = buildUserPath(loginId);
      const answer = await transport.call({ operation: "getUser", method: "GET", path, retryable: true, signal });
      return parseResponse(BpccUserSchema, answer, "getUser");
    },

    async createUser(input: BpccCreateUser, { signal }: BpccCallOptions = {}): Promise<void> {
      const user = parseInput(BpccCreateUserSchema, input, "createUser");
      // Never retried: a create whose answer was lost may have happened; sending it again could
      // meet a 409 for a user we did create, or worse.
      await transport.call({
        operation: "createUser",
        method: "POST",
        path: "/user",
        contentType: JSON_TYPE,
        data: JSON.stringify(user),
        retryable: false,
        signal,
      });
    },

    async updateUser(loginId: string, patch: BpccUserUpdate, { signal }: BpccCallOptions = {}): Promise<void> {
      const path = buildUserPath(loginId);
      // The schema drops every key but the five BPCC can change, and keeps booleans as booleans.
      const update = parseInput(BpccUserUpdateSchema, patch, "updateUser");
      await transport.call({
        operation: "updateUser",
        method: "PUT",
        path,
        contentType: JSON_TYPE,
        data: JSON.stringify(update),
        retryable: false,
        signal,
      });
    },

    async deleteUser(loginId: string, { signal }: BpccCallOptions = {}): Promise<void> {
      const path = buildUserPath(loginId);
      await transport.call({ operation: "deleteUser", method: "DELETE", path, retryable: false, signal });
    },

    async getLockState(loginId: string, { signal }: BpccCallOptions = {}): Promise<BpccLockState> {
      const path = buildLockPath(loginId);
      const answer = await transport.call({ operation: "getLockState", method: "GET", path, retryable: true, signal });
      return parseResponse(BpccLockStateSchema, answer, "getLockState");
    },

    async clearLock(loginId: string, { signal }: BpccCallOptions = {}): Promise<BpccLockState> {
      const path = buildLockPath(loginId);
      // No body and no Content-Type, as documented; unlocking twice is harmless, so it is retried.
      const answer = await transport.call({ operation: "clearLock", method: "PUT", path, retryable: true, signal });
      return parseResponse(BpccLockStateSchema, answer, "clearLock");
    },
  };
}
