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
