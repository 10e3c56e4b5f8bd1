import { z } from "zod";
import type { BpccCallOptions } from "./caller-signal.ts";
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
    async getDirectory({ signal }: BpccCallOptions = {}): Promise<BpccDirectoryEntry[]> {
      const answer = await transport.call({ operation: "getDirectory", method: "GET", path: "/phone/user", retryable: true, signal });
      return parseResponse(DirectorySchema, answer, "getDirectory");
    },

    /** GET /phone/ext: access numbers with what each is assigned to. */
    async listAccessNumbers({ signal }: BpccCallOptions = {}): Promise<BpccAccessNumber[]> {
      const answer = await transport.call({
        operation: "listAccessNumbers",
        method: "GET",
        path: "/phone/ext",
        retryable: true,
        signal,
      });
      return parseResponse(AccessNumbersSchema, answer, "listAccessNumbers");
    },
  };
}
