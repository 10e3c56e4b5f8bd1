import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { DirectoryResponse } from "@switchboard/contracts";
import { createCachedValue } from "../../cache/cached-value.ts";
import { strongEtag } from "../../http/etag.ts";
import type { Platform } from "../../platform/platform.ts";

export type DirectoryEncoding = "br" | "gzip";

export interface DirectorySnapshot {
  /** The serialized `DirectoryResponse`, built once per refresh rather than once per request. */
  body: string;
  etag: string;
  fetchedAt: number;
  /** The body compressed once per snapshot (off the event loop), not once per request. */
  encoded(encoding: DirectoryEncoding): Promise<Buffer>;
  /** Each login's direct number (DID), by the login in lower case (logins match without case). */
  dids: ReadonlyMap<string, string | null>;
}

const compressors: Record<DirectoryEncoding, (body: string) => Promise<Buffer>> = {
  // Quality 5: within a few percent of the maximum for JSON this repetitive, at a fraction of the time.
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
};

export interface DirectoryService {
  getSnapshot(): Promise<DirectorySnapshot>;
  /** A user's direct number (DID) as the directory shows it: null when none, or not listed. */
  directNumberOf(loginId: string): Promise<string | null>;
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
    const etag = strongEtag(body);
    const encodings = new Map<DirectoryEncoding, Promise<Buffer>>();
    const encoded = (encoding: DirectoryEncoding) => {
      let buffer = encodings.get(encoding);
      if (!buffer) encodings.set(encoding, (buffer = compressors[encoding](body)));
      return buffer;
    };
    const dids = new Map(users.map((user) => [user.loginId.toLowerCase(), user.did]));
    return { body, etag, fetchedAt: now(), encoded, dids };
  }

  // The shared cache drops a load that was under way when a change invalidated it.
  const cache = createCachedValue(load, { ttlMs: options.ttlMs, now });
  return {
    getSnapshot: () => cache.get(),
    // A user's page must not wait for the whole directory to load again every ttlMs: a number a few
    // seconds old is the one the directory page shows anyway.
    directNumberOf: async (loginId) => (await cache.getAllowingStale()).dids.get(loginId.toLowerCase()) ?? null,
    invalidate: () => cache.invalidate(),
  };
}
