import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TeamListSchema } from "@switchboard/contracts";
import { ROLES, startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls } from "./security/support.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(() => h.sim.control.resetCallCounts());

describe("GET /api/teams", () => {
  it("is 401 without a session", async () => {
    expectProblem(await h.request().get("/api/teams"), 401);
  });

  it.each(ROLES.map((role) => [role] as const))("%s: the tenant's teams, A to Z", async (role) => {
    const { agent } = await h.signIn(role);
    const res = await agent.get("/api/teams");
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const { teams } = TeamListSchema.parse(res.body);
    expect(teams).toContainEqual({ name: "Customer Service" });
    expect(teams).toContainEqual({ name: "Support Team" });
    const names = teams.map((team) => team.name);
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    expect(new Set(names).size).toBe(names.length);
    // Only what the contract says: a team is its name.
    expect(Object.keys(res.body.teams[0])).toEqual(["name"]);
  });

  it("asks the platform once for many callers within the cache's lifetime", async () => {
    const { agent } = await h.signIn("supervisor");
    h.sim.control.resetCallCounts();
    await Promise.all([agent.get("/api/teams"), agent.get("/api/teams"), agent.get("/api/teams")]);
    await agent.get("/api/teams");
    expect(upstreamCalls(h)["GET /team"] ?? 0).toBeLessThanOrEqual(1);
  });
});

describe("GET /api/teams when the platform fails", () => {
  let fresh: Harness;
  beforeAll(async () => {
    fresh = await startHarness({ directoryTtlMs: 60_000 });
  });
  afterAll(async () => fresh.close());

  it("answers 502 in words, keeps no failure, and lists the teams once the platform is back", async () => {
    const { agent } = await fresh.signIn("viewer");
    fresh.sim.control.setErrorRate({ endpoint: "GET /team", rate: 1, status: 503 });
    const problem = expectProblem(await agent.get("/api/teams"), 502);
    expect(problem).toMatchObject({ type: "/problems/upstream-unavailable", title: "Contact center unavailable" });

    fresh.sim.control.clearFaults();
    const res = await agent.get("/api/teams");
    expect(res.status).toBe(200);
    expect(TeamListSchema.parse(res.body).teams.length).toBeGreaterThan(5);
  });
});
