import { describe, expect, it, vi } from "vitest";
import { createCachedValue } from "./cached-value.ts";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("a cached value", () => {
  it("loads once for concurrent callers, then serves the copy until it is ttlMs old", async () => {
    let clock = 0;
    let loads = 0;
    const cache = createCachedValue(async () => ++loads, { ttlMs: 1_000, now: () => clock });

    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    clock = 999;
    expect(await cache.get()).toBe(1);
    clock = 1_000;
    expect(await cache.get()).toBe(2);
    expect(loads).toBe(2);
  });

  it("allowing stale, answers the old copy at once and refreshes it once in the background", async () => {
    let clock = 0;
    const loads: Array<ReturnType<typeof deferred<number>>> = [];
    const cache = createCachedValue(
      () => {
        const next = deferred<number>();
        loads.push(next);
        return next.promise;
      },
      { ttlMs: 1_000, now: () => clock },
    );
    const first = cache.getAllowingStale();
    loads[0]?.resolve(1);
    expect(await first).toBe(1);

    clock = 5_000;
    expect(await Promise.all([cache.getAllowingStale(), cache.getAllowingStale()])).toEqual([1, 1]);
    expect(loads).toHaveLength(2);
    loads[1]?.resolve(2);
    await loads[1]?.promise;
    expect(await cache.getAllowingStale()).toBe(2);

    cache.invalidate();
    const afterChange = cache.getAllowingStale();
    expect(loads).toHaveLength(3);
    loads[2]?.resolve(3);
    expect(await afterChange).toBe(3);
  });

  it("allowing stale, keeps the old copy when the background refresh fails", async () => {
    let clock = 0;
    const load = vi.fn<() => Promise<string>>().mockResolvedValueOnce("old").mockRejectedValueOnce(new Error("upstream down")).mockResolvedValueOnce("new");
    const cache = createCachedValue(load, { ttlMs: 1_000, now: () => clock });
    expect(await cache.getAllowingStale()).toBe("old");
    clock = 2_000;
    expect(await cache.getAllowingStale()).toBe("old");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.getAllowingStale()).toBe("old");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get()).toBe("new");
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("keeps no failure: the next caller tries again", async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error("upstream down")).mockResolvedValueOnce("teams");
    const cache = createCachedValue(load, { ttlMs: 60_000 });

    await expect(cache.get()).rejects.toThrow("upstream down");
    expect(await cache.get()).toBe("teams");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("asks again after an invalidation", async () => {
    let loads = 0;
    const cache = createCachedValue(async () => ++loads, { ttlMs: 60_000 });
    expect(await cache.get()).toBe(1);
    cache.invalidate();
    expect(await cache.get()).toBe(2);
  });

  it("does not keep what a load begun before an invalidation brings back", async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let call = 0;
    const cache = createCachedValue(() => answers[call++]!.promise, { ttlMs: 60_000 });

    const before = cache.get();
    cache.invalidate(); // a user was deleted while the old list was on its way
    const after = cache.get();
    answers[0]!.resolve("old list");
    answers[1]!.resolve("new list");

    expect(await before).toBe("old list");
    expect(await after).toBe("new list");
    expect(await cache.get()).toBe("new list");
    expect(call).toBe(2);
  });

  it("with a ttl of 0 asks every time, still sharing concurrent loads", async () => {
    let loads = 0;
    const gate = deferred<void>();
    const cache = createCachedValue(
      async () => {
        await gate.promise;
        return ++loads;
      },
      { ttlMs: 0 },
    );
    const both = Promise.all([cache.get(), cache.get()]);
    gate.resolve();
    expect(await both).toEqual([1, 1]);
    expect(await cache.get()).toBe(2);
  });
});
