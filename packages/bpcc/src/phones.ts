import { z } from "zod";
import { parseResponse } from "./parsing.ts";
import {
  BpccAccessNumberSchema,
  BpccDirectoryEntrySchema,
  type BpccAccessNumber,
  type BpccDirectoryEntry,
} from "./schemas.ts";
import type { Transport } from "./transport.ts";

const DirectorySchema = z.array(BpccDirectoryEntrySchema);
const AccessNumbersSchema = z.array(BpccAccessNumberSchema);

export function createPhoneCalls(transport: Transport) {
  return {
    /** GET /phone/user: every user with extension and DID; BPCC has no other list of users. */
    async getDirectory(): Promise<BpccDirectoryEntry[]> {
      const answer = await transport.call({ operation: "getDirectory", method: "GET", path: "/phone/user", retryable: true });
      return parseResponse(DirectorySchema, answer, "getDirectory");
    },

    /** GET /phone/ext: access numbers with what each is assigned to. */
    async listAccessNumbers(): Promise<BpccAccessNumber[]> {
      const answer = await transport.call({
        operation: "listAccessNumbers",
        method: "GET",
        path: "/phone/ext",
        retryable: true,
      });
      return parseResponse(AccessNumbersSchema, answer, "listAccessNumbers");
    },
  };
}
