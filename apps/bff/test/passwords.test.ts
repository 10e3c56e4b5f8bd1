import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, ResetPasswordResponseSchema, UserSchema } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem } from "./security/support.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { recordUpstream: true });
});
afterAll(async () => h.close());

async function resetAs(role: "viewer" | "helpdesk" | "supervisor", loginId: string, body?: object, harness = h) {
  const { agent, csrfToken } = await harness.signIn(role);
  const request = agent.post(`/api/users/${encodeURIComponent(loginId)}/password`).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
  return body === undefined ? request : request.send(body);
}

async function auditOf(target: string) {
  const admin = await h.signIn("admin");
  return AuditPageSchema.parse((await admin.agent.get(`/api/audit?target=${encodeURIComponent(target)}`)).body).records;
}

async function userAsSeenBy(loginId: string) {
  const { agent } = await h.signIn("helpdesk");
  return UserSchema.parse((await agent.get(`/api/users/${loginId}`)).body);
}

describe("POST /api/users/:loginId/password, generated", () => {
  it("sets a strong temporary password, requires a change at next sign-in, and answers it once, uncached", async () => {
    const res = await resetAs("helpdesk", "dale.turner", {});

    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const answer = ResetPasswordResponseSchema.parse(res.body);
    expect(answer).toMatchObject({ loginId: "dale.turner", generated: true, changePassword: true });
    expect(answer.temporaryPassword).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}$/);
    expect(h.updatesSentFor("dale.turner")).toEqual([{ password: answer.temporaryPassword, changePassword: true }]);
    expect(await userAsSeenBy("dale.turner")).toMatchObject({ changePassword: true });
  });

  it("works without a body at all", async () => {
    const res = await resetAs("supervisor", "testuser004");
    expect(res.status).toBe(200);
    expect(ResetPasswordResponseSchema.parse(res.body).temporaryPassword).toEqual(expect.any(String));
  });

  it("generates a different password every time", async () => {
    const passwords = new Set<string | undefined>();
    for (let i = 0; i < 5; i++) passwords.add(ResetPasswordResponseSchema.parse((await resetAs("helpdesk", "edna.partee", {})).body).temporaryPassword);
    expect(passwords.size).toBe(5);
  });
});

describe("POST /api/users/:loginId/password, typed", () => {
  it("sets the typed password and does not echo it", async () => {
    const typed = `Typed ${randomBytes(4).toString("hex")} 7`;
    const res = await resetAs("helpdesk", "eric.chen", { password: typed });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ loginId: "eric.chen", generated: false, changePassword: true });
    expect(res.text).not.toContain(typed);
    expect(h.updatesSentFor("eric.chen")).toContainEqual({ password: typed, changePassword: true });
  });

  it.each([
    ["too short", "abc1", "Use at least 8 characters."],
    ["without a digit", "only letters here", "Include at least one digit (0–9)."],
    ["containing the login", "xx-eric.chen-42", "Do not include the login."],
    ["with a space at the end", "password 12 ", "Do not start or end with a space: it is easily lost when read out or copied."],
    // The same refusal of common passwords as a dashboard account's (auth/password-policy.ts).
    ["among the most common", "password1234", "This is one of the most common passwords; choose another."],
    ["that is common with digits added", "iloveyou2024", "This is one of the most common passwords with a few characters added; choose another."],
  ])("refuses one %s before asking the platform, naming the field", async (_name, password, message) => {
    const sentBefore = h.updatesSentFor("eric.chen").length;
    const problem = expectProblem(await resetAs("helpdesk", "eric.chen", { password }), 400);
    expect(problem.errors).toEqual([{ field: "password", message }]);
    expect(h.updatesSentFor("eric.chen")).toHaveLength(sentBefore);
  });

  it.each([
    ["a password that is not text", { password: 12345678 }],
    ["an unknown field", { password: "abcdefgh1", changePassword: false }],
  ])("refuses %s", async (_name, body) => {
    const problem = expectProblem(await resetAs("helpdesk", "eric.chen", body), 400);
    expect(problem.type).toBe("/problems/invalid-input");
  });
});

describe("what is kept of a reset", () => {
  it("the audit trail records actor, target and outcome, and never the password", async () => {
    const typed = `Sentinel${randomBytes(8).toString("hex")}9`;
    await resetAs("helpdesk", "user", { password: typed });
    const generated = ResetPasswordResponseSchema.parse((await resetAs("helpdesk", "user", {})).body).temporaryPassword ?? "";

    const records = await auditOf("user");
    expect(records.slice(0, 2)).toEqual([
      expect.objectContaining({ actor: "helpdesk", action: "user.reset_password", target: "user", outcome: "succeeded", changes: { after: { password: "[redacted]", generated: true, changePassword: true } } }),
      expect.objectContaining({ actor: "helpdesk", action: "user.reset_password", target: "user", outcome: "succeeded", changes: { after: { password: "[redacted]", generated: false, changePassword: true } } }),
    ]);
    const everything = JSON.stringify(records) + h.logLines.join("");
    expect(everything).not.toContain(typed);
    expect(everything).not.toContain(generated);
  });

  it("a viewer is refused with 403 and the platform receives nothing", async () => {
    const sentBefore = h.updatesSentFor("frank.zappa").length;
    expectProblem(await resetAs("viewer", "frank.zappa", {}), 403);
    expect(h.updatesSentFor("frank.zappa")).toHaveLength(sentBefore);
    expect((await auditOf("frank.zappa"))[0]).toMatchObject({ actor: "viewer", action: "user.reset_password", outcome: "refused", status: 403 });
  });

  it("an unknown login answers 404 “No user named …”", async () => {
    const problem = expectProblem(await resetAs("helpdesk", "nobody.here", {}), 404);
    expect(problem.detail).toBe("No user named “nobody.here”.");
  });
});

describe("a tenant whose policy is stricter than the default", () => {
  it("refuses a password that passed Switchboard's check: the answer names the field", async () => {
    const strict = await startHarness({}, { sim: { securityPolicy: { passwordMinLength: 20 } } });
    try {
      const problem = expectProblem(await resetAs("helpdesk", "eric.chen", { password: "twelve chars 12" }, strict), 400);
      expect(problem.errors).toEqual([{ field: "password", message: expect.stringMatching(/^The contact center’s security policy refused this password\./) }]);
      const generated = expectProblem(await resetAs("helpdesk", "eric.chen", {}, strict), 400);
      expect(generated.detail).toMatch(/security policy refused/);
    } finally {
      await strict.close();
    }
  });
});
