import { hash } from "node:crypto";
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
  /**
   * The last directory read and a SHA-256 of the body it came from. The BFF reads the whole directory every
   * 30 s and at each fill of its indexes, and it seldom changes between two reads: zod over 20,000 entries
   * held the event loop for 30–80 ms of each read, the fingerprint of the same body takes ~4.
   */
  let lastDirectory: { fingerprint: string; entries: readonly BpccDirectoryEntry[] } | undefined;
  return {
    /**
     * GET /phone/user: every user with extension and DID; BPCC has no other list of users. Asked every time;
     * a body the same as the last one answers the entries parsed from it then (frozen: callers share them).
     */
    async getDirectory({ signal }: BpccCallOptions = {}): Promise<readonly BpccDirectoryEntry[]> {
      const answer = await transport.call({ operation: "getDirectory", method: "GET", path: "/phone/user", retryable: true, signal });
      const fingerprint = hash("sha256", answer.body, "base64");
      if (lastDirectory?.fingerprint === fingerprint) return lastDirectory.entries;
      const entries = Object.freeze(parseResponse(DirectorySchema, answer, "getDirectory").map((entry) => Object.freeze(entry)));
      lastDirectory = { fingerprint, entries };
      return entries;
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
