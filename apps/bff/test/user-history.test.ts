import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserHistorySchema } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls } from "./security/support.ts";

// GET /api/users/:loginId/history: the audit records about one contact-center user, newest first,
// for supervisors and admins, without the details only the full audit trail (admin) shows.

let h: Harness;
let supervisor: Awaited<ReturnType<Harness["signIn"]>>;
beforeAll(async () => {
  h = await startHarness();
  supervisor = await h.signIn("supervisor");
  const helpdesk = await h.signIn("helpdesk");
  const change = (signedIn: typeof supervisor, url: string, body?: object) => {
    const request = signedIn.agent.patch(url).set(SAME_ORIGIN).set("X-CSRF-Token", signedIn.csrfToken);
    return body ? request.send(body) : request;
  };
  await change(supervisor, "/api/users/frank.zappa", { team: "Sales", expected: { team: "Customer Service" } });
  await helpdesk.agent.delete("/api/users/frank.zappa/lock").set(SAME_ORIGIN).set("X-CSRF-Token", helpdesk.csrfToken);
  await change(supervisor, "/api/users/frank.zappa", { skills: { Support: 80 }, expected: { skills: {} } });
  await change(helpdesk, "/api/users/frank.zappa", { disabled: true, expected: { disabled: false } });
  await change(supervisor, "/api/users/eric.chen", { team: "Sales", expected: { team: "Customer Service" } });
});
afterAll(async () => h.close());

async function historyOf(loginId: string, query = "") {
  const res = await supervisor.agent.get(`/api/users/${loginId}/history${query}`);
  expect(res.status, res.text).toBe(200);
  return UserHistorySchema.parse(res.body);
}

describe("a user's history", () => {
  it("lists what was done to this user, newest first, with what changed and how it ended", async () => {
    const { records, nextCursor } = await historyOf("frank.zappa");
    expect(records.map((r) => [r.actor, r.action, r.outcome])).toEqual([
      ["helpdesk", "user.update", "refused"],
      ["supervisor", "user.update", "succeeded"],
      ["helpdesk", "user.unlock", "succeeded"],
      ["supervisor", "user.update", "succeeded"],
    ]);
    expect(records[1]?.changes).toEqual({ before: { skills: {} }, after: { skills: { Support: 80 } } });
    expect(records[3]?.changes).toEqual({ before: { team: "Customer Service" }, after: { team: "Sales" } });
    expect(records[0]?.reason).toBe("Your role does not allow this.");
    expect(nextCursor).toBeNull();
  });

  it("holds no other user's records, no sign-ins, and none of the trail's own details (address, role, request id)", async () => {
    const res = await supervisor.agent.get("/api/users/frank.zappa/history");
    expect(res.text).not.toContain("eric.chen");
    expect(res.text).not.toContain("session.");
    expect(Object.keys(res.body.records[0]).sort()).toEqual(["action", "actor", "at", "changes", "id", "outcome", "reason"]);
    expect(res.text).not.toContain("127.0.0.1");
  });

  it("pages back with the cursor", async () => {
    const first = await historyOf("frank.zappa", "?limit=3");
    expect(first.records).toHaveLength(3);
    const rest = await historyOf("frank.zappa", `?limit=3&cursor=${first.nextCursor}`);
    expect(rest.records.map((r) => r.action)).toEqual(["user.update"]);
    expect(rest.nextCursor).toBeNull();
  });

  it("is read from the trail alone: no call to the platform, and a login never changed has none", async () => {
    h.sim.control.resetCallCounts();
    expect((await historyOf("wandabui")).records).toEqual([]);
    expect(Object.values(upstreamCalls(h)).every((count) => count === 0)).toBe(true);
  });

  it("refuses a cursor or a limit it does not know, naming it", async () => {
    const problem = expectProblem(await supervisor.agent.get("/api/users/frank.zappa/history?cursor=abc"), 400);
    expect(problem.errors).toEqual([{ field: "cursor", message: "Use the nextCursor of the previous page." }]);
    expectProblem(await supervisor.agent.get("/api/users/frank.zappa/history?limit=1000"), 400);
  });

  it.each(["viewer", "helpdesk"] as const)("a %s may not read it: 403", async (role) => {
    const { agent } = await h.signIn(role);
    expectProblem(await agent.get("/api/users/frank.zappa/history"), 403);
  });

  it("an admin may", async () => {
    const { agent } = await h.signIn("admin");
    expect((await agent.get("/api/users/frank.zappa/history")).status).toBe(200);
  });
});

describe("a login named by a create: the history is of one person", () => {
  let admin: Awaited<ReturnType<Harness["signIn"]>>;
  const changing = () => ({ ...SAME_ORIGIN, "X-CSRF-Token": admin.csrfToken });
  const create = (loginId: string) =>
    admin.agent.post("/api/users").set(changing()).send({ loginId, firstName: "Pat", lastName: "Doe", team: "Sales", password: "Sunny-Harbour-42" });
  beforeAll(async () => {
    admin = await h.signIn("admin");
  });

  it("leaves out a refused attempt to create a new user with an existing user's login; the audit trail keeps it", async () => {
    expect((await create("eric.chen")).status).toBe(409);
    const { records } = await historyOf("eric.chen");
    expect(records.map((r) => [r.actor, r.action])).toEqual([["supervisor", "user.update"]]);
    const trail = await admin.agent.get("/api/audit?target=eric.chen&action=user.create");
    expect(trail.body.records).toMatchObject([{ actor: "admin", action: "user.create", outcome: "refused" }]);
  });

  it("starts at the latest create: a deleted and re-created login does not inherit the old person's history, on any page", async () => {
    expect((await create("pat.doe")).status).toBe(201);
    await admin.agent.patch("/api/users/pat.doe").set(changing()).send({ team: "Customer Service", expected: { team: "Sales" } });
    expect((await create("pat.doe")).status).toBe(409);
    expect((await admin.agent.delete("/api/users/pat.doe").set(changing())).status).toBe(204);
    expect((await create("pat.doe")).status).toBe(201);
    expect((await create("pat.doe")).status).toBe(409);
    await admin.agent.patch("/api/users/pat.doe").set(changing()).send({ disabled: true, expected: { disabled: false } });

    const first = await historyOf("pat.doe", "?limit=1");
    expect(first.records.map((r) => [r.action, r.outcome])).toEqual([["user.update", "succeeded"]]);
    const rest = await historyOf("pat.doe", `?limit=5&cursor=${first.nextCursor}`);
    expect(rest.records.map((r) => [r.action, r.outcome])).toEqual([["user.create", "succeeded"]]);
    expect(rest.nextCursor).toBeNull();
  });
});
