import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, LockStateSchema } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls } from "./security/support.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function signedIn(role: "viewer" | "helpdesk" | "admin") {
  const session = await h.signIn(role);
  return {
    get: (url: string) => session.agent.get(url),
    unlock: (loginId: string) => session.agent.delete(`/api/users/${encodeURIComponent(loginId)}/lock`).set(SAME_ORIGIN).set("X-CSRF-Token", session.csrfToken),
  };
}

async function auditOf(target: string) {
  const admin = await h.signIn("admin");
  return AuditPageSchema.parse((await admin.agent.get(`/api/audit?target=${encodeURIComponent(target)}`)).body).records;
}

describe("GET /api/users/:loginId/lock", () => {
  it("says whether the account is locked", async () => {
    const viewer = await signedIn("viewer");
    expect(LockStateSchema.parse((await viewer.get("/api/users/navarro/lock")).body)).toEqual({ lockedOut: true });
    expect(LockStateSchema.parse((await viewer.get("/api/users/eric.chen/lock")).body)).toEqual({ lockedOut: false });
  });

  it("answers 404 for a login the platform does not know", async () => {
    const viewer = await signedIn("viewer");
    expect(expectProblem(await viewer.get("/api/users/nobody.here/lock"), 404).detail).toBe("No user named “nobody.here”.");
  });
});

describe("DELETE /api/users/:loginId/lock", () => {
  it("unlocks a locked account, answers the platform's new state, and records who did it", async () => {
    h.sim.control.lockUser("dale.turner");
    const helpdesk = await signedIn("helpdesk");

    const res = await helpdesk.unlock("dale.turner");

    expect(res.status).toBe(200);
    expect(LockStateSchema.parse(res.body)).toEqual({ lockedOut: false });
    expect((await helpdesk.get("/api/users/dale.turner/lock")).body).toEqual({ lockedOut: false });
    const [record] = await auditOf("dale.turner");
    expect(record).toMatchObject({
      actor: "helpdesk",
      role: "helpdesk",
      action: "user.unlock",
      target: "dale.turner",
      outcome: "succeeded",
      status: 200,
      changes: { after: { lockedOut: false } },
    });
  });

  it("is harmless on an account that is not locked", async () => {
    const helpdesk = await signedIn("helpdesk");
    const res = await helpdesk.unlock("eric.chen");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ lockedOut: false });
  });

  it("refuses a viewer with 403: the account stays locked, the platform is not asked, the refusal is recorded", async () => {
    h.sim.control.lockUser("edna.partee");
    const viewer = await signedIn("viewer");
    const before = upstreamCalls(h)["PUT /user/lock/:username"] ?? 0;

    const problem = expectProblem(await viewer.unlock("edna.partee"), 403);

    expect(problem.type).toBe("/problems/forbidden");
    expect(upstreamCalls(h)["PUT /user/lock/:username"] ?? 0).toBe(before);
    expect((await viewer.get("/api/users/edna.partee/lock")).body).toEqual({ lockedOut: true });
    const [record] = await auditOf("edna.partee");
    expect(record).toMatchObject({ actor: "viewer", action: "user.unlock", target: "edna.partee", outcome: "refused", status: 403 });
  });

  it("answers 404 “No user named …”, recorded as refused", async () => {
    const helpdesk = await signedIn("helpdesk");
    const problem = expectProblem(await helpdesk.unlock("nobody.here"), 404);
    expect(problem.detail).toBe("No user named “nobody.here”.");
    const [record] = await auditOf("nobody.here");
    expect(record).toMatchObject({ action: "user.unlock", outcome: "refused", status: 404, reason: "No user named “nobody.here”." });
  });
});
