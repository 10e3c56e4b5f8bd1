import { describe, expect, it } from "vitest";
import { createRandom } from "../tenant/random.ts";
import { selects } from "./endpoints.ts";
import { FaultState } from "./fault-state.ts";

const faults = () => new FaultState({ fixedMs: 0, jitterMs: 0 }, createRandom(1));

describe("selects", () => {
  it("reads are GETs, writes are data POST/PUT/DELETE, a path matches any method", () => {
    expect(selects("reads", "GET /phone/user")).toBe(true);
    expect(selects("reads", "POST /user")).toBe(false);
    expect(selects("writes", "PUT /user/lock/:username")).toBe(true);
    expect(selects("writes", "POST /oauth/token")).toBe(false);
    expect(selects("/user/:username", "DELETE /user/:username")).toBe(true);
    expect(selects("/user/:username", "GET /user/lock/:username")).toBe(false);
    expect(selects("all", "POST /oauth/token")).toBe(true);
  });
});

describe("FaultState", () => {
  it("skips, then fires at most count times", () => {
    const state = faults();
    state.setDrop({ endpoint: "POST /user", rate: 1, skip: 2, count: 1, afterPerforming: true });
    const kinds = Array.from({ length: 5 }, () => state.decide("POST /user").kind);
    expect(kinds).toEqual(["none", "none", "drop", "none", "none"]);
  });

  it("fires about as often as the rate says", () => {
    const state = faults();
    state.setError({ endpoint: "reads", rate: 0.1, skip: 0, status: 503 });
    const fired = Array.from({ length: 2_000 }, () => state.decide("GET /team")).filter((decision) => decision.kind === "error");
    expect(fired.length).toBeGreaterThan(140);
    expect(fired.length).toBeLessThan(260);
  });

  it("puts hangs before errors before drops, and a new rule for a selector replaces the old", () => {
    const state = faults();
    state.setDrop({ endpoint: "all", rate: 1, skip: 0, afterPerforming: false });
    state.setError({ endpoint: "all", rate: 1, skip: 0, status: 500 });
    expect(state.decide("GET /team")).toEqual({ kind: "error", status: 500 });
    state.setError({ endpoint: "all", rate: 1, skip: 0, status: 502 });
    expect(state.snapshot().errors).toHaveLength(1);
    state.setHang({ endpoint: "all", rate: 1, skip: 0 });
    expect(state.decide("GET /team").kind).toBe("hang");
    state.setError({ endpoint: "all", rate: 0, skip: 0, status: 502 });
    expect(state.snapshot().errors).toEqual([]);
  });

  it("draws jitter between 0 and its maximum, and clearing restores the starting latency", () => {
    const state = new FaultState({ fixedMs: 20, jitterMs: 0 }, createRandom(1));
    state.latency = { fixedMs: 0, jitterMs: 200 };
    const delays = Array.from({ length: 500 }, () => state.delayMs());
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(200);
    expect(new Set(delays).size).toBeGreaterThan(50);
    state.clear();
    expect(state.delayMs()).toBe(20);
  });
});
