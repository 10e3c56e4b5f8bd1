import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, DirectoryResponseSchema, TeamListSchema, UserIndexResponseSchema, UserIndexStatusSchema, UserSchema, type Role } from "@switchboard/contracts";
import type supertest from "supertest";
import { ROLES, SAME_ORIGIN, startGenesysHarness, startHarness, type GenesysHarness, type Harness } from "./harness.ts";
import { expectProblem } from "./security/support.ts";

// GET /api/users and the index behind it: every user with team and skills, filtered, fresh after
// changes made through Switchboard. Who may call each route is also in security/route-table.ts.

type Agent = ReturnType<typeof supertest.agent>;

async function waitUntilIndexed(agent: Agent) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const status = UserIndexStatusSchema.parse((await agent.get("/api/users/index/status")).body);
    if (status.state !== "filling" && status.indexedAt !== null) return status;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the user index never finished filling");
}

async function listUsers(agent: Agent, query = "") {
  const res = await agent.get(`/api/users${query}`);
  expect(res.status).toBe(200);
  return UserIndexResponseSchema.parse(res.body);
}

describe("GET /api/users on BPCC", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ userIndex: { concurrency: 4 } });
  });
  afterAll(async () => h.close());

  async function as(role: Role) {
    const { agent, csrfToken } = await h.signIn(role);
    return { agent, changing: { ...SAME_ORIGIN, "X-CSRF-Token": csrfToken } };
  }

  it("is 401 without a session", async () => {
    expectProblem(await h.request().get("/api/users"), 401);
  });

  it("starts filling at the first read, then answers every user of the directory with team and skills, to every role", async () => {
    const { agent } = await as("viewer");
    const first = await listUsers(agent);
    expect(["filling", "ready"]).toContain(first.state);

    const status = await waitUntilIndexed(agent);
    const directory = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body).users;
    expect(status).toMatchObject({ state: "ready", failed: 0, total: directory.length, done: directory.length });

    for (const role of ROLES) {
      const { users, indexedAt } = await listUsers((await as(role)).agent);
      expect(indexedAt).toBe(status.indexedAt);
      expect(users.map((user) => user.loginId).sort()).toEqual(directory.map((entry) => entry.loginId).sort());
    }
    const wanda = (await listUsers(agent, "?q=wandabui")).users;
    expect(wanda).toEqual([expect.objectContaining({ loginId: "wandabui", skills: { Support: 100, Mobile: 100, Cable: 70 } })]);
  });

  it("filters by team, no team, skill with a level band, and name", async () => {
    const { agent } = await as("viewer");
    await waitUntilIndexed(agent);
    const all = (await listUsers(agent)).users;
    const team = all.find((user) => user.team !== null)?.team as string;

    const inTeam = (await listUsers(agent, `?team=${encodeURIComponent(team)}`)).users;
    expect(inTeam.length).toBeGreaterThan(0);
    expect(inTeam.every((user) => user.team === team)).toBe(true);
    expect((await listUsers(agent, "?team=-")).users.every((user) => user.team === null)).toBe(true);

    const experts = (await listUsers(agent, "?skill=Support&minLevel=70&maxLevel=100")).users;
    expect(experts.length).toBeGreaterThan(0);
    expect(experts.every((user) => (user.skills["Support"] ?? -1) >= 70)).toBe(true);
    expect(experts.length).toBe(all.filter((user) => (user.skills["Support"] ?? -1) >= 70).length);

    const byName = (await listUsers(agent, "?q=WANDA")).users;
    expect(byName.map((user) => user.loginId)).toContain("wandabui");
  });

  it("refuses a level without a skill, or a level out of 0–100, naming the field", async () => {
    const { agent } = await as("viewer");
    expect(expectProblem(await agent.get("/api/users?minLevel=40"), 400).errors).toEqual([expect.objectContaining({ field: "minLevel" })]);
    expect(expectProblem(await agent.get("/api/users?skill=Support&maxLevel=101"), 400).errors).toEqual([expect.objectContaining({ field: "maxLevel" })]);
  });

  it("lets supervisors and admins refresh it (audited), not viewers or helpdesk", async () => {
    for (const role of ["viewer", "helpdesk"] as const) {
      const { agent, changing } = await as(role);
      expectProblem(await agent.post("/api/users/index/refresh").set(changing), 403);
    }
    const { agent, changing } = await as("supervisor");
    const before = (await waitUntilIndexed(agent)).indexedAt as string;
    const res = await agent.post("/api/users/index/refresh").set(changing);
    expect(res.status).toBe(202);
    expect(res.headers["location"]).toBe("/api/users/index/status");
    expect(UserIndexStatusSchema.parse(res.body).state).toBe("filling");
    const after = await waitUntilIndexed(agent);
    expect(Date.parse(after.indexedAt as string)).toBeGreaterThanOrEqual(Date.parse(before));

    const { agent: admin } = await as("admin");
    const trail = AuditPageSchema.parse((await admin.get("/api/audit?action=user_index.refresh")).body).records;
    expect(trail.map((record) => [record.actor, record.outcome])).toEqual(expect.arrayContaining([["supervisor", "succeeded"], ["viewer", "refused"]]));
  });

  it("follows a change made through Switchboard at once: an edit, a create, a delete", async () => {
    const { agent, changing } = await as("admin");
    await waitUntilIndexed(agent);
    const teams = TeamListSchema.parse((await agent.get("/api/teams")).body).teams.map((team) => team.name);
    const user = UserSchema.parse((await agent.get("/api/users/wandabui")).body);
    const newTeam = teams.find((team) => team !== user.team) as string;

    const patched = await agent.patch("/api/users/wandabui").set(changing).send({ team: newTeam, skills: { French: 55 }, expected: { team: user.team, skills: user.skills } });
    expect(patched.status).toBe(200);
    expect((await listUsers(agent, "?q=wandabui")).users[0]).toMatchObject({ team: newTeam, skills: { French: 55 } });

    const created = await agent.post("/api/users").set(changing).send({ loginId: "index.newcomer", firstName: "Ida", lastName: "Newcomer", team: newTeam, skills: { French: 20 } });
    expect(created.status).toBe(201);
    await expect.poll(async () => (await listUsers(agent, "?q=index.newcomer")).users.map((row) => row.team)).toEqual([newTeam]);

    expect((await agent.delete("/api/users/index.newcomer").set(changing)).status).toBe(204);
    expect((await listUsers(agent, "?q=index.newcomer")).users).toEqual([]);
  });
});

describe("GET /api/users on Genesys", () => {
  let h: GenesysHarness;
  beforeAll(async () => {
    h = await startGenesysHarness({ userIndex: { concurrency: 4 } }, { recordUpstream: true });
  });
  afterAll(async () => h.close());

  it("fills from the paged user list, not one read per user, with no teams", async () => {
    const { agent } = await h.signIn("viewer");
    const mark = h.upstreamCalls().length;
    await listUsers(agent);
    const status = await waitUntilIndexed(agent);

    const calls = h.upstreamCalls().slice(mark).filter((call) => call.method === "GET" && call.url.includes("/users"));
    expect(calls.length).toBeLessThan(10);
    expect(calls.every((call) => /\/users\?/.test(call.url))).toBe(true);
    const { users } = await listUsers(agent);
    expect(status.total).toBe(users.length);
    expect(users.length).toBeGreaterThan(50);
    expect(users.every((user) => user.team === null)).toBe(true);
    expect(users.some((user) => Object.keys(user.skills).length > 0)).toBe(true);
  });
});
