import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SkillListSchema } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem } from "./security/support.ts";

// GET /api/skills: the platform lists no skills, so the BFF offers those it has seen users hold.
// Who may ask (supervisor and up) is checked cell by cell in security/permission-matrix.test.ts.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

async function asSupervisor() {
  const { agent, csrfToken } = await h.signIn("supervisor");
  return {
    skills: async () => SkillListSchema.parse((await agent.get("/api/skills")).body).skills.map((skill) => skill.name),
    read: (loginId: string) => agent.get(`/api/users/${loginId}`),
    patch: (loginId: string, body: object) => agent.patch(`/api/users/${loginId}`).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send(body),
  };
}

describe("GET /api/skills", () => {
  it("is 401 without a session", async () => {
    expectProblem(await h.request().get("/api/skills"), 401);
  });

  it("lists the skills of every user read, and those a change gave, A to Z; never one the platform refused", async () => {
    const supervisor = await asSupervisor();
    expect(await supervisor.skills()).toEqual([]);

    expect((await supervisor.read("wandabui")).status).toBe(200);
    expect(await supervisor.skills()).toEqual(["Cable", "Mobile", "Support"]);

    const skills = { Support: 100, Mobile: 100, Cable: 70 };
    expect((await supervisor.patch("wandabui", { skills: { ...skills, Juggling: 10 }, expected: { skills } })).status).toBe(404);
    expect((await supervisor.patch("wandabui", { skills: { ...skills, French: 40 }, expected: { skills } })).status).toBe(200);
    expect(await supervisor.skills()).toEqual(["Cable", "French", "Mobile", "Support"]);
  });
});
