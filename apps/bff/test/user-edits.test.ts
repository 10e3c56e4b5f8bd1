import { describe, expect, it } from "vitest";
import { UserSchema } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness } from "./harness.ts";
import { expectProblem, upstreamCalls } from "./security/support.ts";
import { useUserEditingHarness, WANDA } from "./user-editing-harness.ts";

// PATCH /api/users/:loginId: skills (the whole set), team, enable/disable and "must change password",
// with the conflict check: the BFF reads the user again and refuses to overwrite what someone else
// changed since the editor loaded it (docs/decisions/007).

const { harness, as, updatesSentFor, latestAudit } = useUserEditingHarness();

describe("a supervisor changes a user", () => {
  it("changes one skill's level and the team: the platform receives only those, the answer and a fresh read show them", async () => {
    const supervisor = await as("supervisor");
    const before = await supervisor.get(WANDA);
    const skills = { ...before.skills, Cable: 85 };

    const res = await supervisor.patch(WANDA, { skills, team: "Billing", expected: { skills: before.skills, team: before.team } });

    expect(res.status, res.text).toBe(200);
    expect(UserSchema.parse(res.body)).toMatchObject({ loginId: WANDA, team: "Billing", skills: { Support: 100, Mobile: 100, Cable: 85 } });
    expect(updatesSentFor(WANDA)).toEqual([{ skills: { Support: 100, Mobile: 100, Cable: 85 }, team: "Billing" }]);
    expect(await supervisor.get(WANDA)).toMatchObject({ team: "Billing", skills: { Support: 100, Mobile: 100, Cable: 85 } });
    expect(await latestAudit(WANDA)).toMatchObject({
      actor: "supervisor",
      action: "user.update",
      target: WANDA,
      outcome: "succeeded",
      changes: { before: { skills: before.skills, team: "Customer Service" }, after: { skills, team: "Billing" } },
    });
  });

  it("sends the whole set: a skill left out is removed, a new one added", async () => {
    const supervisor = await as("supervisor");
    const res = await supervisor.patch(WANDA, { skills: { Support: 100, Spanish: 40 }, expected: { skills: { Support: 100, Mobile: 100, Cable: 70 } } });
    expect(res.status, res.text).toBe(200);
    expect((await supervisor.get(WANDA)).skills).toEqual({ Support: 100, Spanish: 40 });
  });

  it("enables and disables the account, each recorded before → after", async () => {
    const supervisor = await as("supervisor");
    expect((await supervisor.patch(WANDA, { disabled: false, expected: { disabled: true } })).status).toBe(200);
    expect(await supervisor.get(WANDA)).toMatchObject({ disabled: false });
    expect(await latestAudit(WANDA)).toMatchObject({ action: "user.update", changes: { before: { disabled: true }, after: { disabled: false } } });

    expect((await supervisor.patch(WANDA, { disabled: true, expected: { disabled: false } })).status).toBe(200);
    expect(await supervisor.get(WANDA)).toMatchObject({ disabled: true });
    expect(updatesSentFor(WANDA)).toEqual([{ disabled: false }, { disabled: true }]);
  });

  it("clears “must change password” (what a helpdesk reset left behind)", async () => {
    const supervisor = await as("supervisor");
    await supervisor.patch("dale.turner", { changePassword: true, expected: { changePassword: false } });
    const res = await supervisor.patch("dale.turner", { changePassword: false, expected: { changePassword: true } });
    expect(res.status).toBe(200);
    expect(await supervisor.get("dale.turner")).toMatchObject({ changePassword: false });
  });

  it("asks the platform nothing when the change changes nothing", async () => {
    const supervisor = await as("supervisor");
    const res = await supervisor.patch(WANDA, { team: "Customer Service", expected: { team: "Customer Service" } });
    expect(res.status).toBe(200);
    expect(updatesSentFor(WANDA)).toEqual([]);
    expect(await latestAudit(WANDA)).toMatchObject({ outcome: "succeeded", changes: { before: {}, after: {} } });
  });

  it("an admin may too", async () => {
    const admin = await as("admin");
    expect((await admin.patch(WANDA, { team: "Sales", expected: { team: "Customer Service" } })).status).toBe(200);
  });
});

describe("what is refused, on the field it is about", () => {
  it.each([
    ["a level above 100", { skills: { Support: 101 }, expected: { skills: {} } }, "skills.Support", "Use a whole number from 0 to 100."],
    ["a level below 0", { skills: { Support: -1 }, expected: { skills: {} } }, "skills.Support", "Use a whole number from 0 to 100."],
    ["a level that is not whole", { skills: { Support: 50.5 }, expected: { skills: {} } }, "skills.Support", "Use a whole number from 0 to 100."],
    ["a level sent as text", { skills: { Support: "50" }, expected: { skills: {} } }, "skills.Support", "Use a whole number from 0 to 100."],
    ["a skill with a space at its end", { skills: { "Support ": 50 }, expected: { skills: {} } }, "skills.Support ", "Do not start or end a skill with a space."],
    ["a blank team", { team: "  ", expected: { team: "Customer Service" } }, "team", "Choose a team."],
    ["disabled as text", { disabled: "true", expected: { disabled: true } }, "disabled", "Use true or false."],
    ["a change without what the editor saw", { team: "Sales", expected: {} }, "expected.team", "Send the team you saw, so that a change made meanwhile is not overwritten."],
  ])("%s", async (_name, body, field, message) => {
    const supervisor = await as("supervisor");
    const problem = expectProblem(await supervisor.patch(WANDA, body), 400);
    expect(problem.errors).toContainEqual({ field, message });
    expect(updatesSentFor(WANDA)).toEqual([]);
  });

  it.each([
    ["no change at all", { expected: {} }],
    ["a field that cannot change", { firstName: "Wendy", expected: {} }],
    ["a password (that is the reset's job)", { password: "Abcdefgh1", expected: {} }],
  ])("%s", async (_name, body) => {
    const supervisor = await as("supervisor");
    expect(expectProblem(await supervisor.patch(WANDA, body), 400).type).toBe("/problems/invalid-input");
    expect(upstreamCalls(harness())["GET /user/:username"] ?? 0).toBe(0);
  });

  it("a team the platform does not have: 404 on the team field", async () => {
    const supervisor = await as("supervisor");
    const problem = expectProblem(await supervisor.patch(WANDA, { team: "Nowhere Team", expected: { team: "Customer Service" } }), 404);
    expect(problem.errors).toEqual([{ field: "team", message: "The contact center has no team by this name. Choose one from the list." }]);
  });

  it("a skill the platform does not have: 404 on that skill, which the platform named", async () => {
    const supervisor = await as("supervisor");
    const skills = { Support: 100, Mobile: 100, Cable: 70 };
    const problem = expectProblem(await supervisor.patch(WANDA, { skills: { ...skills, Juggling: 10 }, expected: { skills } }), 404);
    expect(problem.errors).toEqual([{ field: "skills.Juggling", message: "The contact center does not know this skill. Check its spelling, or remove it." }]);
  });

  it("a user who does not exist: 404 “No user named …”, and nothing is written", async () => {
    const supervisor = await as("supervisor");
    const problem = expectProblem(await supervisor.patch("nobody.here", { disabled: true, expected: { disabled: false } }), 404);
    expect(problem.detail).toBe("No user named “nobody.here”.");
    expect(upstreamCalls(harness())["PUT /user/:username"] ?? 0).toBe(0);
  });

  it.each(["viewer", "helpdesk"] as const)("a %s: 403, the platform is not asked, the attempt is on record", async (role) => {
    const someone = await as(role);
    expectProblem(await someone.patch(WANDA, { disabled: false, expected: { disabled: true } }), 403);
    expect(Object.values(upstreamCalls(harness())).every((count) => count === 0)).toBe(true);
    expect(await latestAudit(WANDA)).toMatchObject({ actor: role, action: "user.update", outcome: "refused", status: 403 });
  });
});

describe("the user Switchboard signs in to the platform as", () => {
  it("cannot be disabled (409 /problems/api-user), and the platform is asked to change nothing; other edits of it go through", async () => {
    // As on Genesys, where the GWS API user is a user of the directory (names compare without case).
    const h = await startHarness({}, { recordUpstream: true, platform: (bpcc) => ({ ...bpcc, apiUserLoginId: WANDA.toUpperCase() }) });
    try {
      const { agent, csrfToken } = await h.signIn("supervisor");
      const before = (await agent.get(`/api/users/${WANDA}`)).body;
      const patch = (body: object) => agent.patch(`/api/users/${WANDA}`).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send(body);
      const refused = await patch({ disabled: true, expected: { disabled: before.disabled } });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ type: "/problems/api-user", detail: expect.stringMatching(/disabling it would lock Switchboard out/) });
      expect(h.updatesSentFor(WANDA)).toEqual([]);
      expect((await patch({ team: "Billing", expected: { team: before.team } })).status).toBe(200);
      expect(h.updatesSentFor(WANDA)).toEqual([{ team: "Billing" }]);
    } finally {
      await h.close();
    }
  });
});
