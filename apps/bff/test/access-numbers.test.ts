import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AccessNumberListSchema, DirectoryResponseSchema } from "@switchboard/contracts";
import { ROLES, startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls } from "./security/support.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(() => h.sim.control.resetCallCounts());

async function listAs(role: (typeof ROLES)[number]) {
  const { agent } = await h.signIn(role);
  const res = await agent.get("/api/access-numbers");
  expect(res.status, res.text).toBe(200);
  return { agent, res, numbers: AccessNumberListSchema.parse(res.body).accessNumbers };
}

describe("GET /api/access-numbers", () => {
  it("is 401 without a session", async () => {
    expectProblem(await h.request().get("/api/access-numbers"), 401);
  });

  it.each(ROLES.map((role) => [role] as const))("%s: every number, the collection's Main Inbound among them", async (role) => {
    const { res, numbers } = await listAs(role);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(numbers).toContainEqual({
      number: "16505555555",
      media: "voice_text",
      assignment: "scenario",
      scenario: "Main Inbound",
      loginId: null,
      extension: null,
      name: null,
    });
  });

  it("names the user behind each DID as the directory does, and links them by login", async () => {
    const { agent, numbers } = await listAs("viewer");
    const { users } = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body);
    const dids = numbers.filter((n) => n.assignment === "user");
    expect(dids.length).toBeGreaterThan(0);
    for (const did of dids) {
      const person = users.find((u) => u.loginId === did.loginId);
      expect(person, `${did.number} → ${did.loginId}`).toBeDefined();
      expect(did).toEqual({
        number: person?.did,
        media: "voice",
        assignment: "user",
        scenario: null,
        loginId: person?.loginId,
        extension: person?.extension,
        name: `${person?.firstName} ${person?.lastName}`,
      });
    }
    // Every user with a DID has their number listed, except where a scenario already answers it.
    const listed = new Set(numbers.map((n) => n.number));
    for (const user of users.filter((u) => u.did)) expect(listed.has(user.did ?? "")).toBe(true);
  });

  it("tells scenarios, a phone and unassigned numbers apart", async () => {
    const { numbers } = await listAs("viewer");
    expect(numbers).toContainEqual(expect.objectContaining({ number: "14155550104", assignment: "scenario", scenario: "My Conversational IVR", extension: "8002" }));
    expect(numbers).toContainEqual(expect.objectContaining({ number: "14155550106", assignment: "phone", name: "Lobby phone", extension: "8100", loginId: null }));
    expect(numbers).toContainEqual({ number: "14155550107", media: "voice", assignment: "unassigned", scenario: null, loginId: null, extension: null, name: null });
  });

  it("lists the numbers in numeric order, each once", async () => {
    const { numbers } = await listAs("viewer");
    const values = numbers.map((n) => BigInt(n.number));
    expect(values).toEqual(values.toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(values).size).toBe(values.length);
  });

  it("asks the platform once for many callers within the cache's lifetime", async () => {
    const { agent } = await h.signIn("supervisor");
    h.sim.control.resetCallCounts();
    await Promise.all([agent.get("/api/access-numbers"), agent.get("/api/access-numbers")]);
    await agent.get("/api/access-numbers");
    expect(upstreamCalls(h)["GET /phone/ext"] ?? 0).toBeLessThanOrEqual(1);
  });
});

describe("GET /api/access-numbers when the platform fails", () => {
  let fresh: Harness;
  beforeAll(async () => {
    fresh = await startHarness({ directoryTtlMs: 60_000 }, { client: { timeoutMs: 500, retries: 0 } });
  });
  afterAll(async () => fresh.close());

  it("answers 504 in words when the platform does not answer in time, and keeps no failure", async () => {
    const { agent } = await fresh.signIn("viewer");
    fresh.sim.control.hang({ endpoint: "GET /phone/ext" });
    const problem = expectProblem(await agent.get("/api/access-numbers"), 504);
    expect(problem.detail).toBe("The contact center did not answer in time. Try again.");

    fresh.sim.control.clearFaults();
    const res = await agent.get("/api/access-numbers");
    expect(res.status).toBe(200);
    expect(AccessNumberListSchema.parse(res.body).accessNumbers.length).toBeGreaterThan(5);
  });
});
