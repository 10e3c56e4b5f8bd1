import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuditPageSchema, CreateUserResponseSchema, DirectoryResponseSchema, UserHistorySchema, UserSchema, type Role } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls } from "./security/support.ts";

// POST /api/users and DELETE /api/users/:loginId (admin). Neither write is retried; an answer lost on
// the way is settled by reading the user back, so the answer is always the truth (decision 007).

let h: Harness;
beforeAll(async () => {
  // The directory is cached as in production (30 s): a create or delete must invalidate it.
  h = await startHarness({}, { client: { timeoutMs: 1_000, retries: 1, maxBackoffMs: 20 } });
});
afterAll(async () => h.close());
beforeEach(() => h.sim.control.reset());

async function as(role: Role) {
  const { agent, csrfToken } = await h.signIn(role);
  const changing = { ...SAME_ORIGIN, "X-CSRF-Token": csrfToken };
  return {
    create: (body: object) => agent.post("/api/users").set(changing).send(body),
    remove: (loginId: string) => agent.delete(`/api/users/${encodeURIComponent(loginId)}`).set(changing),
    get: (loginId: string) => agent.get(`/api/users/${encodeURIComponent(loginId)}`),
    directory: async () => DirectoryResponseSchema.parse((await agent.get("/api/directory")).body).users,
    history: async (loginId: string) => UserHistorySchema.parse((await agent.get(`/api/users/${encodeURIComponent(loginId)}/history`)).body).records,
  };
}

async function latestAudit(target: string) {
  const admin = await h.signIn("admin");
  const [record] = AuditPageSchema.parse((await admin.agent.get(`/api/audit?target=${target}&limit=1`)).body).records;
  return record;
}

const SHEILA = {
  loginId: "sheila.thomas",
  firstName: "Sheila",
  lastName: "Thomas",
  team: "Customer Service",
  extension: "1072",
  workPhone: "4151234567",
  mobilePhone: "+1 (650) 123-4567",
  email: "sheila.thomas@nowhere.net",
  disabled: false,
  changePassword: true,
  skills: { Spanish: 100, English: 90 },
  roles: ["Agent", "Supervisor"],
};

describe("an admin creates a user", () => {
  it("with every attribute: 201 and where to find them, a generated password once, in the directory at once", async () => {
    const admin = await as("admin");
    const directoryBefore = await admin.directory();

    const res = await admin.create(SHEILA);

    expect(res.status, res.text).toBe(201);
    expect(res.headers["location"]).toBe("/api/users/sheila.thomas");
    const answer = CreateUserResponseSchema.parse(res.body);
    expect(answer).toMatchObject({ loginId: "sheila.thomas", confirmedBy: "answer", generated: true });
    expect(answer.temporaryPassword).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}$/);
    const { password: _none, ...profile } = { ...SHEILA, password: undefined };
    expect(UserSchema.parse((await admin.get("sheila.thomas")).body)).toMatchObject(profile);
    expect(directoryBefore.some((u) => u.loginId === "sheila.thomas")).toBe(false);
    expect((await admin.directory()).find((u) => u.loginId === "sheila.thomas")).toMatchObject({ firstName: "Sheila", extension: "1072" });

    const record = await latestAudit("sheila.thomas");
    expect(record).toMatchObject({ actor: "admin", action: "user.create", outcome: "succeeded", status: 201 });
    expect(record?.changes?.after).toMatchObject({ ...profile, password: "[redacted]", generated: true, confirmedBy: "answer" });
    expect(JSON.stringify(record)).not.toContain(answer.temporaryPassword);
  });

  it("with only what is required: the platform assigns an extension; a typed password is not echoed", async () => {
    const admin = await as("admin");
    const res = await admin.create({ loginId: "min.imal", firstName: "Min", lastName: "Imal", team: "Sales", password: "Sunny-Harbour-42", changePassword: false });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({ loginId: "min.imal", confirmedBy: "answer", generated: false });
    expect(res.text).not.toContain("Sunny-Harbour-42");
    const record = await latestAudit("min.imal");
    expect(record?.changes?.after).toMatchObject({ password: "[redacted]", generated: false, changePassword: false });
    expect(JSON.stringify(record) + h.logLines.join("")).not.toContain("Sunny-Harbour-42");
    const user = UserSchema.parse((await admin.get("min.imal")).body);
    expect(user.extension).toMatch(/^\d{4}$/);
    expect(user).toMatchObject({ changePassword: false, skills: {}, roles: [] });
  });

  it.each(["viewer", "helpdesk", "supervisor"] as const)("a %s: 403, and the platform is asked nothing", async (role) => {
    const someone = await as(role);
    expectProblem(await someone.create(SHEILA), 403);
    expect(Object.values(upstreamCalls(h)).every((count) => count === 0)).toBe(true);
    expect(await latestAudit("sheila.thomas")).toMatchObject({ actor: role, action: "user.create", outcome: "refused" });
  });
});

describe("a create refused, on the field to fix", () => {
  it.each([
    ["a login with a space", { loginId: "sheila thomas" }, "loginId", "Use letters, digits and . _ - @ ' + only, without spaces."],
    ["no first name", { firstName: " " }, "firstName", "Enter a first name."],
    ["no team", { team: "" }, "team", "Choose a team."],
    ["no team at all (BPCC puts every user in one)", { team: undefined }, "team", "Choose a team."],
    ["an extension with letters", { extension: "10x2" }, "extension", "Use 2 to 8 digits, or leave it empty to have one assigned."],
    ["a phone with letters", { workPhone: "call me" }, "workPhone", "Use digits, with + ( ) - . or spaces if you like."],
    ["an email without a domain", { email: "sheila@" }, "email", "Enter an email address such as name@example.com."],
    ["a level of 150", { skills: { Spanish: 150 } }, "skills.Spanish", "Use a whole number from 0 to 100."],
    ["a role twice", { roles: ["Agent", "Agent"] }, "roles", "Give each role once."],
    ["a weak password", { password: "sheila.thomas1" }, "password", "Do not include the login."],
    ["a common password", { password: "password1234" }, "password", "This is one of the most common passwords; choose another."],
    ["a generated password not to be changed", { changePassword: false }, "changePassword", "A generated password must be changed at the first sign-in. Leave this on, or type a password."],
  ])("%s, before the platform is asked", async (_name, override, field, message) => {
    const admin = await as("admin");
    const problem = expectProblem(await admin.create({ ...SHEILA, ...override }), 400);
    expect(problem.errors).toContainEqual({ field, message });
    expect(upstreamCalls(h)["POST /user"] ?? 0).toBe(0);
  });

  it.each([
    ["a login that is taken", { loginId: "eric.chen" }, 409, "loginId", "Another user already has this login. Choose another."],
    ["an extension that is taken", { extension: "1006" }, 409, "extension", "Another user already has this extension. Choose another, or leave it empty to have one assigned."],
    ["a team the platform does not have", { team: "Nowhere Team" }, 404, "team", "The contact center has no team by this name. Choose one from the list."],
    ["a skill the platform does not have", { skills: { Spanish: 100, Juggling: 10 } }, 404, "skills.Juggling", "The contact center does not know this skill. Check its spelling, or remove it."],
    ["a role the platform does not have", { roles: ["Wizard"] }, 404, "roles", "The contact center does not know one of these roles. Check their spelling."],
  ])("%s: the platform's refusal lands on the field", async (_name, override, status, field, message) => {
    const admin = await as("admin");
    const problem = expectProblem(await admin.create({ ...SHEILA, ...override }), status);
    expect(problem.errors).toEqual([{ field, message }]);
    expect(upstreamCalls(h)["POST /user"]).toBe(1);
  });

  it("a password the tenant's stricter policy refuses lands on the password field", async () => {
    const strict = await startHarness({}, { sim: { securityPolicy: { passwordMinLength: 20 } } });
    try {
      const { agent, csrfToken } = await strict.signIn("admin");
      const res = await agent.post("/api/users").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send({ ...SHEILA, password: "Twelve-chars-12" });
      expect(expectProblem(res, 400).errors).toEqual([{ field: "password", message: expect.stringMatching(/^The contact center’s security policy refused this password\./) }]);
    } finally {
      await strict.close();
    }
  });
});

describe("a create whose answer is lost", () => {
  it("that happened: read back, 201 “confirmed by read-back”, created once", async () => {
    h.sim.control.dropConnections({ endpoint: "POST /user", afterPerforming: true, count: 1 });
    const admin = await as("admin");
    const res = await admin.create(SHEILA);
    expect(res.status, res.text).toBe(201);
    expect(CreateUserResponseSchema.parse(res.body)).toMatchObject({ confirmedBy: "read-back", generated: true, temporaryPassword: expect.any(String) });
    expect(upstreamCalls(h)["POST /user"]).toBe(1);
    expect((await admin.directory()).filter((u) => u.loginId === "sheila.thomas")).toHaveLength(1);
    expect((await latestAudit("sheila.thomas"))?.changes?.after).toMatchObject({ confirmedBy: "read-back" });
  });

  it("that did not happen: read back, 502 “not created”, nothing left behind", async () => {
    h.sim.control.dropConnections({ endpoint: "POST /user", afterPerforming: false, count: 1 });
    const admin = await as("admin");
    const problem = expectProblem(await admin.create(SHEILA), 502);
    expect(problem).toMatchObject({ type: "/problems/not-created", detail: expect.stringMatching(/they were not created\. Nothing changed: try again\.$/) });
    expect((await admin.get("sheila.thomas")).status).toBe(404);
  });

  it("and the read-back fails too: the answer says the outcome is unknown", async () => {
    h.sim.control.dropConnections({ endpoint: "POST /user", afterPerforming: true, count: 1 });
    h.sim.control.setErrorRate({ endpoint: "GET /user/:username", rate: 1, status: 503 });
    const admin = await as("admin");
    const problem = expectProblem(await admin.create(SHEILA), 502);
    expect(problem.detail).toMatch(/the user may or may not have been created\. Look the user up before trying again\.$/);
  });

  it("twenty creates, every other answer lost after the work: no duplicate, each one reported truthfully", async () => {
    h.sim.control.dropConnections({ endpoint: "POST /user", afterPerforming: true, rate: 0.5 });
    const admin = await as("admin");
    const reported: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await admin.create({ loginId: `bulk.${i}`, firstName: "Bulk", lastName: `User ${i}`, team: "Sales" });
      expect(res.status, res.text).toBe(201);
      reported.push(CreateUserResponseSchema.parse(res.body).confirmedBy);
    }
    h.sim.control.clearFaults();
    expect(reported).toContain("read-back");
    expect(reported).toContain("answer");
    expect(upstreamCalls(h)["POST /user"]).toBe(20);
    const listed = (await admin.directory()).filter((u) => u.loginId.startsWith("bulk."));
    expect(listed.map((u) => u.loginId).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `bulk.${i}`).sort());
  });
});

describe("an admin deletes a user", () => {
  it("204; gone from the platform and the directory; the trail keeps who they were, and their history stays readable", async () => {
    const admin = await as("admin");
    expect((await admin.directory()).some((u) => u.loginId === "eric.chen")).toBe(true);

    const res = await admin.remove("eric.chen");

    expect(res.status, res.text).toBe(204);
    expect((await admin.get("eric.chen")).status).toBe(404);
    expect((await admin.directory()).some((u) => u.loginId === "eric.chen")).toBe(false);
    expect(await latestAudit("eric.chen")).toMatchObject({
      actor: "admin",
      action: "user.delete",
      outcome: "succeeded",
      changes: { before: { loginId: "eric.chen", firstName: "Eric", lastName: "Chen", extension: "1006" }, after: { deleted: true, confirmedBy: "answer" } },
    });
    expect((await admin.history("eric.chen"))[0]).toMatchObject({ action: "user.delete", outcome: "succeeded" });
  });

  it("a user who does not exist: 404, and no delete is sent", async () => {
    const admin = await as("admin");
    expect(expectProblem(await admin.remove("nobody.here"), 404).detail).toBe("No user named “nobody.here”.");
    expect(upstreamCalls(h)["DELETE /user/:username"] ?? 0).toBe(0);
  });

  it.each(["viewer", "helpdesk", "supervisor"] as const)("a %s: 403, and the platform is asked nothing", async (role) => {
    const someone = await as(role);
    expectProblem(await someone.remove("eric.chen"), 403);
    expect(Object.values(upstreamCalls(h)).every((count) => count === 0)).toBe(true);
  });

  it("whose answer is lost after the work: read back, 204", async () => {
    h.sim.control.dropConnections({ endpoint: "DELETE /user/:username", afterPerforming: true, count: 1 });
    const admin = await as("admin");
    expect((await admin.remove("eric.chen")).status).toBe(204);
    expect(upstreamCalls(h)["DELETE /user/:username"]).toBe(1);
    expect((await latestAudit("eric.chen"))?.changes?.after).toEqual({ deleted: true, confirmedBy: "read-back" });
  });

  it("whose answer is lost before the work: read back, 502 “not deleted”, still there", async () => {
    h.sim.control.dropConnections({ endpoint: "DELETE /user/:username", afterPerforming: false, count: 1 });
    const admin = await as("admin");
    expect(expectProblem(await admin.remove("eric.chen"), 502)).toMatchObject({ type: "/problems/not-deleted" });
    expect((await admin.get("eric.chen")).status).toBe(200);
  });
});
