import { createHash } from "node:crypto";
import type { DirectoryResponse } from "@switchboard/contracts";
import type { Platform } from "../../platform/platform.ts";

export interface DirectorySnapshot {
  /** The serialized `DirectoryResponse`, built once per refresh rather than once per request. */
  body: string;
  etag: string;
  fetchedAt: number;
}

export interface DirectoryService {
  getSnapshot(): Promise<DirectorySnapshot>;
  invalidate(): void;
}

/**
 * The directory is the one list of users and every page wants it: it is cached for `ttlMs`, and
 * concurrent misses share one upstream call.
 */
export function createDirectoryService(platform: Platform, options: { ttlMs: number; now?: () => number }): DirectoryService {
  const now = options.now ?? Date.now;
  let snapshot: DirectorySnapshot | undefined;
  let inFlight: Promise<DirectorySnapshot> | undefined;

  async function refresh(): Promise<DirectorySnapshot> {
    const users = await platform.listDirectory();
    users.sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`) || a.loginId.localeCompare(b.loginId));
    const response: DirectoryResponse = { users };
    const body = JSON.stringify(response);
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    return { body, etag, fetchedAt: now() };
  }

  return {
    async getSnapshot() {
      if (snapshot && now() - snapshot.fetchedAt < options.ttlMs) return snapshot;
      inFlight ??= refresh()
        .then((fresh) => (snapshot = fresh))
        .finally(() => (inFlight = undefined));
      return inFlight;
    },
    invalidate() {
      snapshot = undefined;
    },
  };
}
