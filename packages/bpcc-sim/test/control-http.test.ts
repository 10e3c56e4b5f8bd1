import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, fetchToken, startTestTenant, type TestTenant } from "./helpers.ts";

// The HTTP control plane under /sim/, for tests and benchmarks that drive a simulator from outside.

let tenant: TestTenant;
let control: ReturnType<typeof request>;
beforeAll(async () => {
  tenant = await startTestTenant();
  control = request(tenant.sim.baseUrl);
});
afterAll(() => tenant.sim.close());
beforeEach(() => control.post("/sim/reset").expect(204));

const lockState = async (loginId: string) => (await tenant.http.get(`${API}/user/lock/${loginId}`).set(tenant.auth)).text;

describe("/sim control plane", () => {
  it("locks a user, and records failed sign-ins up to a lockout", async () => {
    await control.post("/sim/users/eric.chen/lock").expect(200, { lockedOut: true });
    expect(await lockState("eric.chen")).toBe('{"lockedOut":true}');
    for (let attempt = 1; attempt < 6; attempt++) await control.post("/sim/users/dale.turner/failed-sign-ins").expect(200, { failedAttempts: attempt, lockedOut: false });
    await control.post("/sim/users/dale.turner/failed-sign-ins").expect(200, { failedAttempts: 6, lockedOut: true });
    await control.post("/sim/users/no.such.person/lock").expect(404, { error: "user not found" });
  });

  it("sets latency, error rates, drops and hangs, shows them, and clears them", async () => {
    await control.put("/sim/latency").send({ fixedMs: 5, jitterMs: 10 }).expect(200);
    await control.put("/sim/error-rate").send({ endpoint: "reads", rate: 0.1 }).expect(200);
    await control.put("/sim/drop").send({ endpoint: "POST /user", afterPerforming: true, skip: 3, count: 1 }).expect(200);
    const faults = await control.put("/sim/hang").send({ endpoint: "/phone/ext" }).expect(200);
    expect(faults.body).toEqual({
      latency: { fixedMs: 5, jitterMs: 10 },
      errors: [{ endpoint: "reads", rate: 0.1, skip: 0, status: 503 }],
      drops: [{ endpoint: "POST /user", rate: 1, skip: 3, count: 1, afterPerforming: true }],
      hangs: [{ endpoint: "/phone/ext", rate: 1, skip: 0 }],
    });
    await control.get("/sim/faults").expect(200, faults.body);
    await control.delete("/sim/faults").expect(200, { latency: { fixedMs: 0, jitterMs: 0 }, errors: [], drops: [], hangs: [] });
  });

  it("makes an error rate reach API clients", async () => {
    await control.put("/sim/error-rate").send({ endpoint: "GET /team", rate: 1, status: 502 }).expect(200);
    const response = await tenant.http.get(`${API}/team`).set(tenant.auth);
    expect([response.status, response.text]).toEqual([502, "Bad Gateway"]);
  });

  it("revokes tokens", async () => {
    await control.post("/sim/revoke-tokens").expect(204);
    await tenant.http.get(`${API}/team`).set(tenant.auth).expect(401);
    tenant.auth.Authorization = `Bearer ${await fetchToken(tenant.sim)}`;
  });

  it("counts calls per endpoint and resets the counts", async () => {
    await tenant.http.get(`${API}/team`).set(tenant.auth).expect(200);
    const counts = await control.get("/sim/calls").expect(200);
    expect(counts.body).toMatchObject({ "GET /team": 1, "POST /user": 0 });
    await control.delete("/sim/calls").expect(200);
    expect((await control.get("/sim/calls")).body["GET /team"]).toBe(0);
  });

  it("moves the clock so that tokens expire", async () => {
    await control.post("/sim/clock").send({ advanceMs: 3_600_000 }).expect(204);
    await tenant.http.get(`${API}/team`).set(tenant.auth).expect(401);
    tenant.auth.Authorization = `Bearer ${await fetchToken(tenant.sim)}`;
  });

  it("answers 400 naming a bad body, and 404 for an unknown control route", async () => {
    const badRate = await control.put("/sim/error-rate").send({ rate: 2 }).expect(400);
    expect(badRate.body.error).toMatch(/^rate:/);
    const badEndpoint = await control.put("/sim/hang").send({ endpoint: "GET /nowhere" }).expect(400);
    expect(badEndpoint.body.error).toMatch(/^endpoint:/);
    await control.put("/sim/latency").send({ fixedMs: -1 }).expect(400);
    await control.get("/sim/nothing-here").expect(404);
    expect(() => tenant.sim.control.hang({ endpoint: "GET /nowhere" })).toThrow(RangeError);
    expect(() => tenant.sim.control.setLatency({ fixedMs: 1.5 })).toThrow(RangeError);
  });

  it("describes the simulator", async () => {
    const info = await control.get("/sim").expect(200);
    expect(info.body).toMatchObject({ users: 50, faults: { errors: [] }, calls: { "GET /team": 0 } });
  });
});
