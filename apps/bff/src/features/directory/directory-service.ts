import type { DirectoryEntry, DirectoryResponse } from "@switchboard/contracts";
import { createCachedValue } from "../../cache/cached-value.ts";
import { encodeOnce, type EncodedBody } from "../../http/encoded-body.ts";
import type { Platform } from "../../platform/platform.ts";

/** The serialized `DirectoryResponse`, built and compressed once per refresh rather than once per request. */
export interface DirectorySnapshot extends EncodedBody {
  fetchedAt: number;
  /** Each login's direct number (DID), by the login in lower case (logins match without case). */
  dids: ReadonlyMap<string, string | null>;
}

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
    const users = sortByName(await platform.listDirectory());
    const response: DirectoryResponse = { users };
    const dids = new Map(users.map((user) => [user.loginId.toLowerCase(), user.did]));
    return { ...encodeOnce(JSON.stringify(response)), fetchedAt: now(), dids };
  }

  /**
   * By last name, then first name, then login, as the collator orders them (accents and case aside).
   * Each entry's name is joined once, not at every comparison: a comparison joined two names apiece,
   * and at 20,000 users the sort held the event loop, and every read in flight, for ~60 ms of each refresh.
   */
  function sortByName(users: DirectoryEntry[]): DirectoryEntry[] {
    const keyed = users.map((user) => ({ user, name: `${user.lastName} ${user.firstName}` }));
    keyed.sort((a, b) => byName.compare(a.name, b.name) || byName.compare(a.user.loginId, b.user.loginId));
    return keyed.map(({ user }) => user);
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
