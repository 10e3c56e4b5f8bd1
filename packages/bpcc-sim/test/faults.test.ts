import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, fetchToken, newUser, startTestTenant, type TestTenant } from "./helpers.ts";

// Each fault of the control plane, as a client over real HTTP experiences it.

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

const get = (path: string, init: RequestInit = {}) => fetch(`${tenant.sim.baseUrl}${API}${path}`, { ...init, headers: tenant.auth });
const create = (loginId: string) =>
  fetch(`${tenant.sim.baseUrl}${API}/user`, {
    method: "POST",
    headers: { ...tenant.auth, "Content-Type": "application/json" },
    body: JSON.stringify(newUser(loginId)),
  });
const exists = async (loginId: string) => (await get(`/user/${loginId}`)).status === 200;

describe("faults", () => {
  it("latency: every answer waits at least the fixed delay", async () => {
    tenant.sim.control.setLatency({ fixedMs: 120 });
    const started = performance.now();
    expect((await get("/team")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it("error rate: matching calls answer the status with its reason phrase, others are untouched", async () => {
    tenant.sim.control.setErrorRate({ endpoint: "GET /phone/user", rate: 1 });
    const failed = await get("/phone/user");
    expect([failed.status, await failed.text()]).toEqual([503, "Service Unavailable"]);
    expect((await get("/team")).status).toBe(200);
    tenant.sim.control.setErrorRate({ endpoint: "writes", rate: 1, status: 500 });
    expect((await create("never.made")).status).toBe(500);
    expect(await exists("never.made")).toBe(false);
  });

  it("error rate: a tenth of reads fail when asked for 10%", async () => {
    tenant.sim.control.setErrorRate({ endpoint: "reads", rate: 0.1 });
    const statuses = await Promise.all(Array.from({ length: 300 }, () => get("/team").then((response) => response.status)));
    const failures = statuses.filter((status) => status === 503).length;
    expect(failures).toBeGreaterThan(10);
    expect(failures).toBeLessThan(60);
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
  });

  it("dropped connection: the client gets no answer and the create never happens", async () => {
    tenant.sim.control.dropConnections({ endpoint: "POST /user" });
    await expect(create("dropped.before")).rejects.toThrow();
    tenant.sim.control.clearFaults();
    expect(await exists("dropped.before")).toBe(false);
  });

  it("dropped after performing: the client gets no answer, yet the user was created", async () => {
    tenant.sim.control.dropConnections({ endpoint: "POST /user", afterPerforming: true });
    await expect(create("dropped.after")).rejects.toThrow();
    tenant.sim.control.clearFaults();
    expect(await exists("dropped.after")).toBe(true);
  });

  it("dropped after N creates: the first N answer, the next is performed but unanswered", async () => {
    tenant.sim.control.dropConnections({ endpoint: "POST /user", afterPerforming: true, skip: 2, count: 1 });
    expect((await create("bulk.one")).status).toBe(200);
    expect((await create("bulk.two")).status).toBe(200);
    await expect(create("bulk.three")).rejects.toThrow();
    expect((await create("bulk.four")).status).toBe(200);
    for (const loginId of ["bulk.one", "bulk.two", "bulk.three", "bulk.four"]) expect(await exists(loginId)).toBe(true);
    // The client's retry of the lost create meets the 409 a real tenant would give.
    expect((await create("bulk.three")).status).toBe(409);
  });

  it("hang: the call is never answered until the client gives up, and clearing ends it", async () => {
    tenant.sim.control.hang({ endpoint: "GET /phone/user" });
    await expect(get("/phone/user", { signal: AbortSignal.timeout(150) })).rejects.toThrow(/timeout|abort/i);
    const stuck = get("/phone/user");
    // Clear only once the call is held, or it would simply be answered.
    while (tenant.sim.control.callCounts()["GET /phone/user"] !== 2) await new Promise((resolve) => setTimeout(resolve, 5));
    tenant.sim.control.clearFaults();
    await expect(stuck).rejects.toThrow();
    expect((await get("/phone/user")).status).toBe(200);
  });

  it("revoked tokens: the next data call gets 401, a new token works", async () => {
    tenant.sim.control.revokeTokens();
    const refused = await get("/team");
    expect([refused.status, await refused.text()]).toEqual([401, "invalid access token"]);
    const fresh = await fetchToken(tenant.sim);
    expect((await fetch(`${tenant.sim.baseUrl}${API}/team`, { headers: { Authorization: `Bearer ${fresh}` } })).status).toBe(200);
    tenant.auth.Authorization = `Bearer ${fresh}`;
  });

  it("call counts: every call per endpoint, the faulted ones included", async () => {
    tenant.sim.control.setErrorRate({ endpoint: "GET /team", rate: 1, count: 1 });
    await get("/team");
    await get("/team");
    await get("/user/eric.chen");
    await get("/nonsense");
    expect(tenant.sim.control.callCounts()).toMatchObject({ "GET /team": 2, "GET /user/:username": 1, "GET /phone/user": 0, unknown: 1 });
    tenant.sim.control.resetCallCounts();
    expect(tenant.sim.control.callCounts()["GET /team"]).toBe(0);
  });

  it("reset: the tenant as seeded, without faults", async () => {
    expect((await create("temporary.person")).status).toBe(200);
    await fetch(`${tenant.sim.baseUrl}${API}/user/eric.chen`, { method: "DELETE", headers: tenant.auth });
    tenant.sim.control.setErrorRate({ rate: 1 });
    tenant.sim.control.reset();
    expect(await exists("temporary.person")).toBe(false);
    expect(await exists("eric.chen")).toBe(true);
    expect(tenant.sim.control.faults()).toMatchObject({ errors: [], drops: [], hangs: [] });
  });
});
