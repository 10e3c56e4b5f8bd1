import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newUser, startGws, type Gws } from "./helpers.ts";

// The HTTP control plane under /sim/: outside the context path, and never behind the API's Basic credentials.

let gws: Gws;
let control: ReturnType<typeof request>;
beforeAll(async () => {
  gws = await startGws({ contextPath: "/gws" });
  control = request(new URL(gws.sim.baseUrl).origin);
});
afterAll(() => gws.sim.close());
beforeEach(async () => {
  await control.post("/sim/reset").expect(204);
  await gws.refreshCsrf();
});

describe("/sim control plane", () => {
  it("lives at controlUrl, outside the context path, and needs no Basic credentials", async () => {
    expect(gws.sim.controlUrl).toBe(`${new URL(gws.sim.baseUrl).origin}/sim`);
    const info = await control.get("/sim").expect(200);
    expect(info.body).toMatchObject({ users: 50, quirks: { csrf: true, statusCodes: "documented", errorsWithHttp200: false }, faults: { errors: [] }, calls: { "GET /me": 1 } });
    await control.get("/gws/sim").expect(404);
  });

  it("sets latency, error rates, drops and hangs, shows them, and clears them", async () => {
    await control.put("/sim/latency").send({ fixedMs: 5, jitterMs: 10 }).expect(200);
    await control.put("/sim/error-rate").send({ endpoint: "users", rate: 0.1 }).expect(200);
    await control.put("/sim/drop").send({ endpoint: "POST /users", afterPerforming: true, skip: 3, count: 1 }).expect(200);
    const faults = await control.put("/sim/hang").send({ endpoint: "/devices" }).expect(200);
    expect(faults.body).toEqual({
      latency: { fixedMs: 5, jitterMs: 10 },
      errors: [{ endpoint: "users", rate: 0.1, skip: 0, status: 503 }],
      drops: [{ endpoint: "POST /users", rate: 1, skip: 3, count: 1, afterPerforming: true }],
      hangs: [{ endpoint: "/devices", rate: 1, skip: 0 }],
    });
    await control.get("/sim/faults").expect(200, faults.body);
    await control.delete("/sim/faults").expect(200, { latency: { fixedMs: 0, jitterMs: 0 }, errors: [], drops: [], hangs: [] });
  });

  it("makes an error rate reach API clients", async () => {
    await control.put("/sim/error-rate").send({ endpoint: "me", rate: 1, status: 502 }).expect(200);
    const response = await gws.get("/me");
    expect([response.status, response.text]).toEqual([502, "Bad Gateway"]);
  });

  it("rotates the CSRF token: the next write gets 403", async () => {
    await control.post("/sim/csrf/rotate").expect(204);
    expect((await gws.post("/users", newUser("a@example.com"))).status).toBe(403);
  });

  it("expires sessions", async () => {
    await control.post("/sim/sessions/expire").expect(204);
    const response = await gws.get("/me").expect(200);
    expect(response.headers["set-cookie"]).toBeDefined();
  });

  it("switches CSRF, the status-code style and the HTTP-200 error envelope", async () => {
    await control.put("/sim/quirks").send({ csrf: false, statusCodes: "strings", errorsWithHttp200: true }).expect(200, { csrf: false, statusCodes: "strings", errorsWithHttp200: true });
    await control.get("/sim/quirks").expect(200, { csrf: false, statusCodes: "strings", errorsWithHttp200: true });
    gws.csrf = undefined;
    expect((await gws.post("/users", newUser("eric.chen@example.com")).expect(200)).body.statusCode).toBe("18");
  });

  it("counts calls per endpoint and resets the counts", async () => {
    await gws.get("/skills").expect(200);
    expect((await control.get("/sim/calls").expect(200)).body).toMatchObject({ "GET /skills": 1, "POST /users": 0 });
    await control.delete("/sim/calls").expect(200);
    expect((await control.get("/sim/calls")).body["GET /skills"]).toBe(0);
  });

  it("reports the API calls open at once: now and the peak since the counts were reset", async () => {
    await control.put("/sim/latency").send({ fixedMs: 60 }).expect(200);
    await control.delete("/sim/calls").expect(200);
    const during = Promise.all([gws.get("/skills"), gws.get("/skills"), gws.get("/skills")]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((await control.get("/sim/in-flight").expect(200)).body).toEqual({ now: 3, peak: 3 });
    await during;
    expect((await control.get("/sim/in-flight").expect(200)).body).toEqual({ now: 0, peak: 3 });
    await control.delete("/sim/calls").expect(200);
    expect((await control.get("/sim/in-flight").expect(200)).body).toEqual({ now: 0, peak: 0 });
  });

  it("answers 400 naming a bad body, and 404 for an unknown control route", async () => {
    expect((await control.put("/sim/error-rate").send({ rate: 2 }).expect(400)).body.error).toMatch(/^rate:/);
    expect((await control.put("/sim/hang").send({ endpoint: "GET /nowhere" }).expect(400)).body.error).toMatch(/^endpoint:/);
    expect((await control.put("/sim/quirks").send({ statusCodes: "loud" }).expect(400)).body.error).toMatch(/^statusCodes:/);
    await control.put("/sim/quirks").send({ colour: "red" }).expect(400);
    await control.put("/sim/latency").send({ fixedMs: -1 }).expect(400);
    await control.get("/sim/nothing-here").expect(404);
  });
});
