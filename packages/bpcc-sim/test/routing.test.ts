import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, newUser, startTestTenant, type TestTenant } from "./helpers.ts";

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

const call = (method: string, path: string, init: RequestInit = {}) =>
  fetch(`${tenant.sim.baseUrl}${path}`, { ...init, method, headers: { ...tenant.auth, ...init.headers } });

describe("endpoints the API does not have", () => {
  it.each(["/users", "/user/eric.chen/skills", "/phone", "/teams", "/oauth/authorize", "/USER/eric.chen"])(
    "GET %s answers 500 Request Failed",
    async (path) => {
      const response = await call("GET", `${API}${path}`);
      expect([response.status, await response.text()]).toEqual([500, "Request Failed"]);
    },
  );

  it("answers 405 for a documented path with an undocumented method", async () => {
    for (const [method, path] of [["DELETE", "/team"], ["POST", "/phone/user"], ["DELETE", "/user/lock/eric.chen"], ["GET", "/oauth/token"]] as const) {
      const response = await call(method, `${API}${path}`);
      expect(response.status, `${method} ${path}`).toBe(405);
    }
  });

  it("answers 404 outside /configapi/v2", async () => {
    expect((await call("GET", "/configapi/v1/team")).status).toBe(404);
  });
});

describe("usernames in the path", () => {
  it.each(["o'brien", "anna maria", "名前", "a/b", "100%", "x+y", "lock"])("round-trips %s through create, read, lock, update and delete", async (loginId) => {
    const path = `${API}/user/${encodeURIComponent(loginId)}`;
    const created = await call("POST", `${API}/user`, { headers: { "Content-Type": "application/json" }, body: JSON.stringify(newUser(loginId)) });
    expect(created.status).toBe(200);
    expect(JSON.parse(await (await call("GET", path)).text()).loginId).toBe(loginId);
    tenant.sim.control.lockUser(loginId);
    const lockPath = `${API}/user/lock/${encodeURIComponent(loginId)}`;
    expect(await (await call("GET", lockPath)).text()).toBe('{"lockedOut":true}');
    expect((await call("PUT", lockPath)).status).toBe(200);
    const updated = await call("PUT", path, { headers: { "Content-Type": "application/json" }, body: '{"team":"Sales"}' });
    expect(updated.status).toBe(200);
    expect((await call("DELETE", path)).status).toBe(200);
    expect((await call("GET", path)).status).toBe(404);
  });

  it("reads a%2Fb as user a/b, never as a longer path", async () => {
    await call("POST", `${API}/user`, { headers: { "Content-Type": "application/json" }, body: JSON.stringify(newUser("lock/eric.chen")) });
    const user = JSON.parse(await (await call("GET", `${API}/user/lock%2Feric.chen`)).text());
    expect(user.loginId).toBe("lock/eric.chen");
    expect((await call("GET", `${API}/user/a%2Fb`)).status).toBe(404);
  });

  it("answers 400 for a username that is not valid percent-encoding", async () => {
    const response = await call("GET", `${API}/user/%E0%A4%A`);
    expect(response.status).toBe(400);
  });
});
