import { runDetached, waitWithinDeadline } from "../platform/request-deadline.ts";

export interface CachedValue<T> {
  /** The value, loaded at most once per `ttlMs`; concurrent misses share one load, each waiting until its own deadline. */
  get(): Promise<T>;
  /**
   * The copy however old, refreshing it in the background when it is past `ttlMs`; waits only when
   * there is no copy at all (first use, or after an invalidation). For a detail looked up in the value
   * (a user's direct number), where a copy a little old serves better than a wait for a whole list.
   */
  getAllowingStale(): Promise<T>;
  /** Forgets the value, and any load already under way, so the next `get` asks again. */
  invalidate(): void;
}

/**
 * A short-lived copy of something slow to fetch and shared by every caller (a list from the
 * upstream). A failed load is not kept: the next caller tries again.
 */
export function createCachedValue<T>(load: () => Promise<T>, options: { ttlMs: number; now?: () => number }): CachedValue<T> {
  const now = options.now ?? Date.now;
  let cached: { value: T; at: number } | undefined;
  let inFlight: Promise<T> | undefined;
  // A load that started before an invalidation may carry what the change made stale: its callers
  // get it (they asked before the change), but it is not kept for the ones after.
  let generation = 0;

  function refresh(): Promise<T> {
    const started = generation;
    // Not under the deadline of the request that happens to start it: the others waiting for the load
    // would fail with it. Bounded by the platform client's own retry budget instead.
    const loading = runDetached(load).then((value) => {
      if (started === generation) cached = { value, at: now() };
      return value;
    });
    inFlight = loading;
    const settle = () => {
      if (inFlight === loading) inFlight = undefined;
    };
    loading.then(settle, settle);
    return loading;
  }

  return {
    get() {
      if (cached && now() - cached.at < options.ttlMs) return Promise.resolve(cached.value);
      return waitWithinDeadline(inFlight ?? refresh());
    },
    getAllowingStale() {
      if (!cached) return waitWithinDeadline(inFlight ?? refresh());
      if (now() - cached.at >= options.ttlMs && !inFlight) {
        // Failures of a background refresh are not the caller's: the next one tries again.
        refresh().catch(() => undefined);
      }
      return Promise.resolve(cached.value);
    },
    invalidate() {
      generation += 1;
      cached = undefined;
      inFlight = undefined;
    },
  };
}
