import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BulkEditResultSchema,
  DirectoryResponseSchema,
  ImportPreviewSchema,
  LockScanResultSchema,
  UserIndexResponseSchema,
  UserIndexStatusSchema,
  UserSchema,
  UsersExportResultSchema,
} from "@switchboard/contracts";
import { hashPassword } from "../src/auth/password-hash.ts";
import { FAST_SCRYPT, PASSWORD, SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { waitForJob } from "./job-polling.ts";
import { expectProblem } from "./security/support.ts";

// Team scopes (decision 023): a scoped account reads the whole directory, but sees and changes only
// users of its teams; every refusal is a 403 that names the scope. Seeded users: frank.zappa and
// wandabui are in Customer Service, navarro (locked out) and eric.chen in Support Team.

const SCOPE_WORDS = "your account is scoped to Customer Service, Sales.";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ directoryTtlMs: 0 });
  const passwordHash = await hashPassword(PASSWORD, FAST_SCRYPT);
  for (const [username, role] of [["cs-supervisor", "supervisor"], ["cs-helpdesk", "helpdesk"]] as const) {
    await h.accounts.create({ username, passwordHash, role, teams: ["Customer Service", "Sales"] });
  }
});
afterAll(async () => h.close());

async function as(username: string) {
  const { agent, csrfToken } = await h.signIn(username);
  const write = (method: "post" | "patch" | "delete", url: string) => agent[method](url).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
  return { agent, csrfToken, write };
}

function expectOutsideScope(res: { status: number; body: unknown; text: string }, detail: string) {
  const problem = expectProblem(res as Parameters<typeof expectProblem>[0], 403);
  expect(problem.type).toBe("/problems/outside-team-scope");
  expect(problem.detail).toBe(detail);
  return problem;
}

describe("a scoped supervisor reads", () => {
  it("the whole directory: it is a phone book", async () => {
    const { agent } = await as("cs-supervisor");
    const directory = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body);
    expect(directory.users.map((entry) => entry.loginId)).toEqual(expect.arrayContaining(["navarro", "frank.zappa"]));
  });

  it("only its teams' users in the users list, and with a filter too", async () => {
    const { agent } = await as("cs-supervisor");
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const status = UserIndexStatusSchema.parse((await agent.get("/api/users/index/status")).body);
      if (status.state !== "filling" && status.indexedAt !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const { users } = UserIndexResponseSchema.parse((await agent.get("/api/users")).body);
    expect(users.length).toBeGreaterThan(2);
    expect(new Set(users.map((user) => user.team))).toEqual(new Set(["Customer Service", "Sales"]));
    const supportTeam = UserIndexResponseSchema.parse((await agent.get("/api/users?team=Support%20Team")).body);
    expect(supportTeam.users).toEqual([]);
    const unscoped = await as("supervisor");
    const all = UserIndexResponseSchema.parse((await unscoped.agent.get("/api/users")).body);
    expect(all.users.some((user) => user.loginId === "navarro")).toBe(true);
  });

  it("the index's progress, not the tenant's user count: no done of total in the status, the users list or a refresh", async () => {
    const { agent, write } = await as("cs-supervisor");
    const unscoped = await as("supervisor");
    const whole = UserIndexStatusSchema.parse((await unscoped.agent.get("/api/users/index/status")).body);
    expect(whole.total).toBeGreaterThan(4);

    const status = UserIndexStatusSchema.parse((await agent.get("/api/users/index/status")).body);
    expect(status).not.toHaveProperty("total");
    expect(status).not.toHaveProperty("done");
    expect(status).toMatchObject({ state: whole.state, indexedAt: whole.indexedAt, percent: 100, failed: 0 });
    const list = UserIndexResponseSchema.parse((await agent.get("/api/users")).body);
    expect(list).not.toHaveProperty("total");
    expect(list).not.toHaveProperty("done");
    expect(UserIndexResponseSchema.parse((await agent.get("/api/users?q=a")).body)).not.toHaveProperty("total");

    const refreshing = await write("post", "/api/users/index/refresh");
    expect(refreshing.status, refreshing.text).toBe(202);
    const filling = UserIndexStatusSchema.parse(refreshing.body);
    expect(filling).not.toHaveProperty("total");
    expect(filling).toMatchObject({ state: "filling", percent: 0 });
  });

  it("a user of its teams, and is refused one of another team without a detail of them", async () => {
    const { agent } = await as("cs-supervisor");
    expect(UserSchema.parse((await agent.get("/api/users/frank.zappa")).body).team).toBe("Customer Service");
    const refused = await agent.get("/api/users/navarro");
    expectOutsideScope(refused, `navarro is in team Support Team; ${SCOPE_WORDS}`);
    expect(refused.text).not.toContain("Jose");
    expectOutsideScope(await agent.get("/api/users/navarro/history"), `navarro is in team Support Team; ${SCOPE_WORDS}`);
    expect((await agent.get("/api/users/frank.zappa/history")).status).toBe(200);
  });
});

describe("a scoped supervisor changes", () => {
  it("a user of its teams, into another of its teams; not into a team outside, nor a user outside", async () => {
    const { write } = await as("cs-supervisor");
    const moved = await write("patch", "/api/users/frank.zappa").send({ team: "Sales", expected: { team: "Customer Service" } });
    expect(moved.status, moved.text).toBe(200);
    const outward = await write("patch", "/api/users/frank.zappa").send({ team: "Billing", expected: { team: "Sales" } });
    const problem = expectOutsideScope(outward, `Team Billing is outside your teams; ${SCOPE_WORDS}`);
    expect(problem.errors?.[0]?.field).toBe("team");
    const other = await write("patch", "/api/users/eric.chen").send({ disabled: true, expected: { disabled: false } });
    expectOutsideScope(other, `eric.chen is in team Support Team; ${SCOPE_WORDS}`);
    expect(UserSchema.parse((await (await as("admin")).agent.get("/api/users/eric.chen")).body).disabled).toBe(false);
  });

  it("in bulk only users of its teams; a bulk move into a team outside is refused before it starts", async () => {
    const { agent, write } = await as("cs-supervisor");
    const started = await write("post", "/api/users/bulk").send({ loginIds: ["wandabui", "navarro"], change: { setSkills: { Support: 50 } } });
    expect(started.status, started.text).toBe(202);
    const job = await waitForJob(agent, String(started.headers["location"]));
    const { outcomes } = BulkEditResultSchema.parse(job.result);
    expect(outcomes).toEqual([
      { loginId: "wandabui", outcome: "updated" },
      { loginId: "navarro", outcome: "failed", problem: `navarro is in team Support Team; ${SCOPE_WORDS}` },
    ]);
    const outward = await write("post", "/api/users/bulk").send({ loginIds: ["wandabui"], change: { team: "Billing" } });
    expect(expectOutsideScope(outward, `Team Billing is outside your teams; ${SCOPE_WORDS}`).errors?.[0]?.field).toBe("change.team");
  });

  it("exports only users of its teams: a selected user of another team is listed as refused", async () => {
    const { agent, write } = await as("cs-supervisor");
    const started = await write("post", "/api/users/export").send({ loginIds: ["wandabui", "navarro"] });
    expect(started.status, started.text).toBe(202);
    const result = UsersExportResultSchema.parse((await waitForJob(agent, String(started.headers["location"]))).result);
    expect(result.rows).toBe(1);
    expect(result.unreadable).toEqual([{ loginId: "navarro", problem: `navarro is in team Support Team; ${SCOPE_WORDS}` }]);
    const file = await agent.get(result.downloadUrl);
    expect(file.text).toContain("wandabui");
    expect(file.text).not.toContain("navarro");
  });

  it("imports only rows about its teams' users, into its teams", async () => {
    const { write } = await as("cs-supervisor");
    const csv = "loginId,team\r\nnavarro,Customer Service\r\nwandabui,Billing\r\nwandabui2,\r\n";
    const res = await write("post", "/api/users/import?mode=preview").set("Content-Type", "text/csv").send(csv);
    expect(res.status, res.text).toBe(200);
    const [navarro, wanda] = ImportPreviewSchema.parse(res.body).rows;
    expect(navarro?.errors?.[0]).toEqual({ field: "loginId", message: `navarro is in team Support Team; ${SCOPE_WORDS}` });
    expect(wanda?.errors?.[0]).toEqual({ field: "team", message: `Team Billing is outside your teams; ${SCOPE_WORDS}` });
  });
});

describe("a scoped helpdesk", () => {
  it("unlocks, reads the lock of and resets only users of its teams", async () => {
    const { agent, write } = await as("cs-helpdesk");
    const refusal = `navarro is in team Support Team; ${SCOPE_WORDS}`;
    expectOutsideScope(await agent.get("/api/users/navarro/lock"), refusal);
    expectOutsideScope(await write("delete", "/api/users/navarro/lock"), refusal);
    expectOutsideScope(await write("post", "/api/users/navarro/password").send({}), refusal);
    expect((await agent.get("/api/users/navarro/lock")).status).toBe(403);
    expect((await (await as("helpdesk")).agent.get("/api/users/navarro/lock")).body).toEqual({ lockedOut: true });
    expect((await write("delete", "/api/users/wandabui/lock")).status).toBe(200);
    expect((await write("post", "/api/users/wandabui/password").send({})).status).toBe(200);
  });

  it("finds only its teams' locked users in a scan", async () => {
    const scan = async (username: string) => {
      const { agent, write } = await as(username);
      const started = await write("post", "/api/locks/scan");
      expect(started.status, started.text).toBe(202);
      return LockScanResultSchema.parse((await waitForJob(agent, String(started.headers["location"]))).result);
    };
    expect((await scan("helpdesk")).lockedOut).toContain("navarro");
    expect((await scan("cs-helpdesk")).lockedOut).not.toContain("navarro");
  });
});

describe("a scope set by an admin", () => {
  it("applies at the account's next request, and the whole tenant again with null", async () => {
    const admin = await as("admin");
    const passwordHash = await hashPassword(PASSWORD, FAST_SCRYPT);
    await h.accounts.create({ username: "mover", passwordHash, role: "supervisor" });
    const { agent } = await as("mover");
    expect((await agent.get("/api/users/navarro")).status).toBe(200);
    const scoped = await admin.write("patch", "/api/accounts/mover").send({ teams: ["Billing"] });
    expect(scoped.body).toMatchObject({ username: "mover", teams: ["Billing"] });
    expectOutsideScope(await agent.get("/api/users/navarro"), "navarro is in team Support Team; your account is scoped to Billing.");
    expect((await agent.get("/api/session")).body.account).toMatchObject({ teams: ["Billing"] });
    await admin.write("patch", "/api/accounts/mover").send({ teams: null });
    expect((await agent.get("/api/users/navarro")).status).toBe(200);
  });

  it("is refused on an admin account, naming the field", async () => {
    const admin = await as("admin");
    const res = await admin.write("patch", "/api/accounts/admin").send({ teams: ["Sales"] });
    expect(expectProblem(res, 400).errors?.[0]?.field).toBe("teams");
  });
});
