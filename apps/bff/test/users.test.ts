import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { UserSchema } from "@switchboard/contracts";
import { startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls } from "./security/support.ts";

let h: Harness;
let helpdesk: Awaited<ReturnType<Harness["signIn"]>>;
beforeAll(async () => {
  h = await startHarness();
  helpdesk = await h.signIn("helpdesk");
});
afterAll(async () => h.close());
beforeEach(() => h.sim.control.resetCallCounts());

describe("GET /api/users/:loginId", () => {
  it("shows the collection's Frank Zappa in the product's words, sign-in details included for the helpdesk", async () => {
    const res = await helpdesk.agent.get("/api/users/frank.zappa");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(UserSchema.parse(res.body)).toEqual({
      loginId: "frank.zappa",
      firstName: "Frank",
      lastName: "Zappa",
      team: "Customer Service",
      extension: "1048",
      email: "frank.zappa@gmail.com",
      workPhone: null,
      mobilePhone: null,
      did: null,
      roles: ["Agent"],
      skills: {},
      disabled: false,
      changePassword: false,
      loginInfo: {
        signedIn: true,
        lastSignIn: "2024-01-11T20:39:16.000Z",
        lastSignOut: "2024-01-11T20:39:16.000Z",
        browser: "Chrome 120.0.0",
        os: "Linux",
        ipAddress: "172.27.0.1",
        application: "Agent Desktop",
        applicationVersion: "5.24.99.755",
        phoneMode: "Browser Secure",
      },
    });
  });

  it("carries the direct number (DID) the directory shows, which the platform keeps only there", async () => {
    const user = UserSchema.parse((await helpdesk.agent.get("/api/users/user")).body);
    expect(user.did).toBe("16505555555");
    const listed = (await helpdesk.agent.get("/api/directory")).body.users.find((entry: { loginId: string }) => entry.loginId === "user");
    expect(listed.did).toBe(user.did);
    // From the directory the BFF already holds: reading another user asks the platform for the user alone.
    h.sim.control.resetCallCounts();
    await helpdesk.agent.get("/api/users/frank.zappa");
    expect(upstreamCalls(h)).toMatchObject({ "GET /user/:username": 1, "GET /phone/user": 0 });
  });

  it("shows the flags a sign-in depends on: Wanda Bui is disabled", async () => {
    const user = UserSchema.parse((await helpdesk.agent.get("/api/users/wandabui")).body);
    expect(user).toMatchObject({ loginId: "wandabui", disabled: true, changePassword: false });
    expect(user.skills).toEqual({ Support: 100, Mobile: 100, Cable: 70 });
  });

  it("answers 404 “No user named …” for a login the platform does not know", async () => {
    const problem = expectProblem(await helpdesk.agent.get("/api/users/nobody.here"), 404);
    expect(problem).toMatchObject({ type: "/problems/not-found", detail: "No user named “nobody.here”." });
    expect(upstreamCalls(h)["GET /user/:username"]).toBe(1);
  });

  it("asks the platform for an encoded login as one path segment", async () => {
    const problem = expectProblem(await helpdesk.agent.get("/api/users/a%2F..%2Fteam"), 404);
    expect(problem.detail).toBe("No user named “a/../team”.");
    expect(upstreamCalls(h)["GET /user/:username"]).toBe(1);
    expect(upstreamCalls(h)["GET /team"] ?? 0).toBe(0);
  });

  it("does not ask the platform about a login no platform can hold", async () => {
    expectProblem(await helpdesk.agent.get("/api/users/%2E%2E"), 404);
    expectProblem(await helpdesk.agent.get(`/api/users/${"x".repeat(300)}`), 404);
    expect(upstreamCalls(h)["GET /user/:username"] ?? 0).toBe(0);
  });
});
