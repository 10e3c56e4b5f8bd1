import type { BpccClient, BpccDirectoryEntry } from "@switchboard/bpcc";
import type { Capabilities, DirectoryEntry } from "@switchboard/contracts";
import type { Platform } from "./platform.ts";

const BPCC_CAPABILITIES: Capabilities = {
  platform: "bpcc",
  operations: ["listDirectory"],
  editableUserFields: ["skills", "team", "disabled", "changePassword", "password"],
};

function toDirectoryEntry(entry: BpccDirectoryEntry): DirectoryEntry {
  return {
    loginId: entry.loginId,
    firstName: entry.firstName ?? "",
    lastName: entry.lastName ?? "",
    extension: entry.extension ?? null,
    did: entry.external ?? null,
    voiceMail: entry.voiceMail ?? false,
    greeting: entry.greeting ?? false,
  };
}

export function createBpccPlatform(client: BpccClient): Platform {
  return {
    capabilities: BPCC_CAPABILITIES,
    async checkReady() {
      await client.getToken();
    },
    async listDirectory() {
      return (await client.getDirectory()).map(toDirectoryEntry);
    },
  };
}
