import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, startTestTenant, type TestTenant } from "./helpers.ts";

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

const lockState = async (loginId: string) => (await tenant.http.get(`${API}/user/lock/${loginId}`).set(tenant.auth).expect(200)).text;
/** Exactly as the collection sends it: PUT, no body, no Content-Type. */
const clearLock = (loginId: string) => fetch(`${tenant.sim.baseUrl}${API}/user/lock/${loginId}`, { method: "PUT", headers: tenant.auth });

describe("user lockout", () => {
  it("locks after the policy's maximum of failed sign-ins (6), not before", async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(tenant.sim.control.recordFailedSignIn("eric.chen")).toEqual({ failedAttempts: attempt, lockedOut: false });
    }
    expect(await lockState("eric.chen")).toBe('{"lockedOut":false}');
    expect(tenant.sim.control.recordFailedSignIn("eric.chen")).toEqual({ failedAttempts: 6, lockedOut: true });
    expect(await lockState("eric.chen")).toBe('{"lockedOut":true}');
  });

  it("is cleared by PUT /user/lock/{username} sent with no body and no Content-Type", async () => {
    tenant.sim.control.lockUser("eric.chen");
    const response = await clearLock("eric.chen");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.text()).toBe('{"lockedOut":false}');
    expect(await lockState("eric.chen")).toBe('{"lockedOut":false}');
    // The counter starts again: one more failure does not lock.
    expect(tenant.sim.control.recordFailedSignIn("eric.chen").lockedOut).toBe(false);
  });

  it("ends by itself once the lockout duration (30 minutes) has passed", async () => {
    tenant.sim.control.lockUser("eric.chen");
    tenant.sim.control.advanceClock(29 * 60_000);
    expect(await lockState("eric.chen")).toBe('{"lockedOut":true}');
    tenant.sim.control.advanceClock(60_000);
    expect(await lockState("eric.chen")).toBe('{"lockedOut":false}');
  });

  it("answers 404 for an unknown user, on both methods", async () => {
    expect((await tenant.http.get(`${API}/user/lock/no.such.person`).set(tenant.auth).expect(404)).text).toBe("user not found");
    expect((await clearLock("no.such.person")).status).toBe(404);
  });

  it("seeds some users already locked", async () => {
    const directory: Array<{ loginId: string }> = JSON.parse((await tenant.http.get(`${API}/phone/user`).set(tenant.auth).expect(200)).text);
    const states = await Promise.all(directory.map(async (entry) => lockState(encodeURIComponent(entry.loginId))));
    expect(states.filter((state) => state === '{"lockedOut":true}').length).toBeGreaterThan(0);
  });
});
