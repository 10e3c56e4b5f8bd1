import type { BpccCallOptions, BpccClient } from "@switchboard/bpcc";
import { PLATFORM_OPERATIONS, type Capabilities } from "@switchboard/contracts";
import { toAccessNumber, toDirectoryEntry, toUser } from "./bpcc-mappings.ts";
import { AppError } from "../errors/app-error.ts";
import type { Platform } from "./platform.ts";
import { currentDeadline } from "./request-deadline.ts";

export const BPCC_CAPABILITIES: Capabilities = {
  platform: "bpcc",
  // BPCC has every operation of the port; Genesys will lack lock states, teams and the directory.
  operations: [...PLATFORM_OPERATIONS],
  editableUserFields: ["skills", "team", "disabled", "changePassword", "password"],
};

/** Every call stops at the deadline of the request it serves: the client then throws its `timeout`. */
function withinDeadline(): BpccCallOptions {
  return { signal: currentDeadline() };
}

/** The port over the BPCC client: thin mappings, the client keeps every wire detail. */
export function createBpccPlatform(client: BpccClient): Platform {
  return {
    capabilities: BPCC_CAPABILITIES,
    // BPCC keeps a user's direct number only in its directory.
    userCarriesDirectNumber: false,
    async checkReady() {
      await client.getToken(withinDeadline());
    },
    async listDirectory() {
      return (await client.getDirectory(withinDeadline())).map(toDirectoryEntry);
    },
    async getUser(loginId) {
      return toUser(await client.getUser(loginId, withinDeadline()));
    },
    async createUser(user) {
      // BPCC puts every user in a team; the contract leaves it optional for platforms without teams.
      const { team } = user;
      if (team === undefined) throw AppError.invalid([{ field: "team", message: "Choose a team." }]);
      await client.createUser({ ...user, team }, withinDeadline());
    },
    async updateUser(loginId, change) {
      await client.updateUser(loginId, change, withinDeadline());
    },
    async deleteUser(loginId) {
      await client.deleteUser(loginId, withinDeadline());
    },
    async getLockState(loginId) {
      return { lockedOut: (await client.getLockState(loginId, withinDeadline())).lockedOut };
    },
    async unlock(loginId) {
      return { lockedOut: (await client.clearLock(loginId, withinDeadline())).lockedOut };
    },
    async resetPassword(loginId, temporaryPassword) {
      // One update, so the password never exists without the obligation to change it.
      await client.updateUser(loginId, { password: temporaryPassword, changePassword: true }, withinDeadline());
    },
    async listTeams() {
      return (await client.listTeams(withinDeadline())).map((team) => ({ name: team.name }));
    },
    async listAccessNumbers() {
      return (await client.listAccessNumbers(withinDeadline())).map(toAccessNumber);
    },
  };
}
