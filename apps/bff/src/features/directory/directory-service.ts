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

/** The same people with the same values in the same order: every field of an entry is a string, a boolean or null. */
function sameEntries(before: readonly DirectoryEntry[], after: readonly DirectoryEntry[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((entry, i) => {
    const other = after[i];
    if (other === undefined) return false;
    const keys = Object.keys(entry) as Array<keyof DirectoryEntry>;
    return keys.length === Object.keys(other).length && keys.every((key) => entry[key] === other[key]);
  });
}

/**
 * The directory is the one list of users and every page wants it: it is cached for `ttlMs`, and
 * concurrent misses share one upstream call.
 */
export function createDirectoryService(platform: Pick<Platform, "listDirectory">, options: { ttlMs: number; now?: () => number }): DirectoryService {
  const now = options.now ?? Date.now;
  const byName = new Intl.Collator("en", { sensitivity: "base" });

  /** The list the last snapshot was built from, as the platform gave it (unsorted). */
  let built: { entries: readonly DirectoryEntry[]; snapshot: DirectorySnapshot } | undefined;

  async function load(): Promise<DirectorySnapshot> {
    const entries = await platform.listDirectory();
    // The usual case at each refresh: nobody changed. The same body, ETag and compressed copies serve again,
    // instead of a sort, a serialization and a hash of the whole list.
    if (built && sameEntries(built.entries, entries)) return { ...built.snapshot, fetchedAt: now() };
    const users = sortByName(entries);
    const response: DirectoryResponse = { users };
    const dids = new Map(users.map((user) => [user.loginId.toLowerCase(), user.did]));
    const snapshot = { ...encodeOnce(JSON.stringify(response)), fetchedAt: now(), dids };
    built = { entries, snapshot };
    return snapshot;
  }

  /**
   * By last name, then first name, then login, as the collator orders them (accents and case aside).
   * Each entry's name is joined once, not at every comparison: a comparison joined two names apiece,
   * and at 20,000 users the sort held the event loop, and every read in flight, for ~60 ms of each refresh.
   * It leaves `users` as it is: the list a snapshot was built from is kept to compare the next one with.
   */
  function sortByName(users: readonly DirectoryEntry[]): DirectoryEntry[] {
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
