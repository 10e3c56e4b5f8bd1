import { describe, expect, it } from "vitest";
import { createRedactor } from "./redactor.ts";
import { computeBackoffMs, isRetryableFailure, readRetryAfterMs } from "./retry-policy.ts";
import { waitUnlessStopped } from "./wait-unless-stopped.ts";

describe("createRedactor", () => {
  it("hides fixed secrets and the last learnt values, raw and encoded", () => {
    const redactor = createRedactor(["pa ss/word"], 2);
    for (const value of ["one", "two", "three"]) redactor.remember(value);
    expect(redactor.redact("pa ss/word pa%20ss%2Fword pa+ss%2Fword one two three")).toBe(
      "[redacted] [redacted] [redacted] one [redacted] [redacted]",
    );
  });
});

describe("the retry policy", () => {
  it("retries 502/503/504, timeouts and resets, never a 500 or a stopped call", () => {
    const http = (status: number) => ({ type: "http" as const, status, body: "", headers: {} });
    expect([502, 503, 504, 500, 404].map((status) => isRetryableFailure(http(status)))).toEqual([true, true, true, false, false]);
    expect(isRetryableFailure({ type: "timeout" })).toBe(true);
    expect(isRetryableFailure({ type: "network", code: "ECONNRESET" })).toBe(true);
    expect(isRetryableFailure({ type: "network", code: "ENOTFOUND" })).toBe(false);
    expect(isRetryableFailure({ type: "stopped" })).toBe(false);
  });

  it("honours Retry-After up to the ceiling", () => {
    expect(readRetryAfterMs("2")).toBe(2_000);
    expect(readRetryAfterMs("soon")).toBeUndefined();
    const failure = { type: "http" as const, status: 503, body: "", headers: {}, retryAfterMs: 5_000 };
    expect(computeBackoffMs(1, failure, 1_000)).toBe(1_000);
  });
});

describe("waitUnlessStopped", () => {
  it("fails with the caller's own error when its signal fires first", async () => {
    const never = new Promise<never>(() => {});
    await expect(waitUnlessStopped(never, AbortSignal.abort(), () => new Error("stopped"))).rejects.toThrow("stopped");
  });
});
