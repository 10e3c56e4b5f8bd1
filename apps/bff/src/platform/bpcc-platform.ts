import type { BpccClient } from "@switchboard/bpcc";
import { PLATFORM_OPERATIONS, type Capabilities } from "@switchboard/contracts";
import { toAccessNumber, toDirectoryEntry, toUser } from "./bpcc-mappings.ts";
import type { Platform } from "./platform.ts";

const BPCC_CAPABILITIES: Capabilities = {
  platform: "bpcc",
  // BPCC has every operation of the port; Genesys will lack lock states, teams and the directory.
  operations: [...PLATFORM_OPERATIONS],
  editableUserFields: ["skills", "team", "disabled", "changePassword", "password"],
};

/** The port over the BPCC client: thin mappings, the client keeps every wire detail. */
export function createBpccPlatform(client: BpccClient): Platform {
  return {
    capabilities: BPCC_CAPABILITIES,
    async checkReady() {
      await client.getToken();
    },
    async listDirectory() {
      return (await client.getDirectory()).map(toDirectoryEntry);
    },
    async getUser(loginId) {
      return toUser(await client.getUser(loginId));
    },
    async createUser(user) {
      await client.createUser(user);
    },
    async updateUser(loginId, change) {
      await client.updateUser(loginId, change);
    },
    async deleteUser(loginId) {
      await client.deleteUser(loginId);
    },
    async getLockState(loginId) {
      return { lockedOut: (await client.getLockState(loginId)).lockedOut };
    },
    async unlock(loginId) {
      return { lockedOut: (await client.clearLock(loginId)).lockedOut };
    },
    async resetPassword(loginId, temporaryPassword) {
      // One update, so the password never exists without the obligation to change it.
      await client.updateUser(loginId, { password: temporaryPassword, changePassword: true });
    },
    async listTeams() {
      return (await client.listTeams()).map((team) => ({ name: team.name }));
    },
    async listAccessNumbers() {
      return (await client.listAccessNumbers()).map(toAccessNumber);
    },
  };
}
