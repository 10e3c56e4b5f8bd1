import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, basicAuth, newUser, startGws, type Gws } from "./helpers.ts";

// Each fault of the control plane, as a client over real HTTP experiences it (fetch, no retries).

let gws: Gws;
beforeAll(async () => {
  gws = await startGws({ csrf: false });
});
afterAll(() => gws.sim.close());
beforeEach(() => gws.sim.control.reset());

const headers = () => ({ Authorization: basicAuth(gws.sim.credentials.username, gws.sim.credentials.password), "Content-Type": "application/json" });
const get = (path: string, init: RequestInit = {}) => fetch(`${gws.sim.baseUrl}${API}${path}`, { ...init, headers: headers() });
const create = (userName: string) => fetch(`${gws.sim.baseUrl}${API}/users`, { method: "POST", headers: headers(), body: JSON.stringify(newUser(userName)) });
const exists = async (userName: string) => {
  const body = (await (await get("/users?fields=userName")).json()) as { users: Array<{ userName: string }> };
  return body.users.some((user) => user.userName === userName);
};

describe("faults", () => {
  it("latency: every answer waits at least the fixed delay", async () => {
    gws.sim.control.setLatency({ fixedMs: 120 });
    const started = performance.now();
    expect((await get("/me")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it("jitter: answers wait between 0 and the maximum", async () => {
    gws.sim.control.setLatency({ fixedMs: 0, jitterMs: 60 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 10 }, () => get("/me")));
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("error rate per group: the skill calls answer 503 with its reason phrase, user calls are untouched", async () => {
    gws.sim.control.setErrorRate({ endpoint: "skills", rate: 1 });
    const failed = await get("/skills");
    expect([failed.status, await failed.text()]).toEqual([503, "Service Unavailable"]);
    expect((await get(`/users/${"0".repeat(32)}/skills`)).status).toBe(503);
    expect((await get("/users")).status).toBe(200);
    gws.sim.control.setErrorRate({ endpoint: "writes", rate: 1, status: 500 });
    expect((await create("never.made@example.com")).status).toBe(500);
    expect(await exists("never.made@example.com")).toBe(false);
  });

  it("error rate: about a tenth of reads fail when asked for 10%", async () => {
    gws.sim.control.setErrorRate({ endpoint: "reads", rate: 0.1 });
    const statuses = await Promise.all(Array.from({ length: 300 }, () => get("/me").then((response) => response.status)));
    const failures = statuses.filter((status) => status === 503).length;
    expect(failures).toBeGreaterThan(10);
    expect(failures).toBeLessThan(60);
  });

  it("dropped connection: no answer, and the create never happens", async () => {
    gws.sim.control.dropConnections({ endpoint: "POST /users" });
    await expect(create("dropped.before@example.com")).rejects.toThrow();
    gws.sim.control.clearFaults();
    expect(await exists("dropped.before@example.com")).toBe(false);
  });

  it("dropped after performing: no answer, yet the user was created, and the retry meets statusCode 18", async () => {
    gws.sim.control.dropConnections({ endpoint: "POST /users", afterPerforming: true, count: 1 });
    await expect(create("dropped.after@example.com")).rejects.toThrow();
    expect(await exists("dropped.after@example.com")).toBe(true);
    const retry = await create("dropped.after@example.com");
    expect([retry.status, ((await retry.json()) as { statusCode: unknown }).statusCode]).toEqual([403, "18"]);
  });

  it("hang: never answered until the client gives up, and clearing ends it", async () => {
    gws.sim.control.hang({ endpoint: "GET /users" });
    await expect(get("/users", { signal: AbortSignal.timeout(150) })).rejects.toThrow(/timeout|abort/i);
    const stuck = get("/users");
    while (gws.sim.control.callCounts()["GET /users"] !== 2) await new Promise((resolve) => setTimeout(resolve, 5));
    gws.sim.control.clearFaults();
    await expect(stuck).rejects.toThrow();
    expect((await get("/users")).status).toBe(200);
  });

  it("call counts: every call per endpoint, the faulted and refused ones included, plus unknown paths", async () => {
    gws.sim.control.setErrorRate({ endpoint: "GET /me", rate: 1, count: 1 });
    await get("/me");
    await get("/me");
    await fetch(`${gws.sim.baseUrl}${API}/users`);
    await get("/nonsense");
    expect(gws.sim.control.callCounts()).toMatchObject({ "GET /me": 2, "GET /users": 1, "POST /users": 0, unknown: 1 });
    gws.sim.control.resetCallCounts();
    expect(gws.sim.control.callCounts()["GET /me"]).toBe(0);
  });

  it("reset: the tenant as seeded, no faults, quirks as the options say", async () => {
    expect((await create("temporary@example.com")).status).toBe(200);
    gws.sim.control.setErrorRate({ endpoint: "devices", rate: 1 });
    gws.sim.control.setErrorsWithHttp200(true);
    gws.sim.control.reset();
    expect(await exists("temporary@example.com")).toBe(false);
    expect(gws.sim.control.faults()).toMatchObject({ errors: [], drops: [], hangs: [] });
    expect(gws.sim.control.quirks()).toEqual({ csrf: false, statusCodes: "documented", errorsWithHttp200: false });
    expect(gws.sim.control.userCount()).toBe(50);
  });

  it("refuses bad rules with a RangeError naming the problem", () => {
    expect(() => gws.sim.control.hang({ endpoint: "GET /nowhere" })).toThrow(RangeError);
    expect(() => gws.sim.control.setErrorRate({ rate: 2 })).toThrow(/rate/);
    expect(() => gws.sim.control.setLatency({ fixedMs: -1 })).toThrow(RangeError);
    expect(() => gws.sim.control.setStatusCodes("loud" as "strings")).toThrow(/statusCodes/);
  });
});
