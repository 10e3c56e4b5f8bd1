import { createHash } from "node:crypto";
import type { DirectoryResponse } from "@switchboard/contracts";
import { createCachedValue } from "../../cache/cached-value.ts";
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
export function createDirectoryService(platform: Pick<Platform, "listDirectory">, options: { ttlMs: number; now?: () => number }): DirectoryService {
  const now = options.now ?? Date.now;
  const byName = new Intl.Collator("en", { sensitivity: "base" });

  async function load(): Promise<DirectorySnapshot> {
    const users = await platform.listDirectory();
    users.sort((a, b) => byName.compare(`${a.lastName} ${a.firstName}`, `${b.lastName} ${b.firstName}`) || byName.compare(a.loginId, b.loginId));
    const response: DirectoryResponse = { users };
    const body = JSON.stringify(response);
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    return { body, etag, fetchedAt: now() };
  }

  // The shared cache drops a load that was under way when a change invalidated it.
  const cache = createCachedValue(load, { ttlMs: options.ttlMs, now });
  return { getSnapshot: () => cache.get(), invalidate: () => cache.invalidate() };
}
