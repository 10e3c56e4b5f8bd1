import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AuditPageSchema,
  DirectoryResponseSchema,
  ImportPreviewSchema,
  TeamListSchema,
  UserSchema,
  type ImportApplyResult,
  type Role,
  type User,
} from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { waitForJob } from "./job-polling.ts";
import { expectProblem } from "./security/support.ts";

// POST /api/users/import?mode=apply over the BPCC simulator: the file previewed again on the server,
// refused whole while a row has an error, else applied as a job whose rows are each written through
// the single routes' services and audited; applied again, it writes only what is left.

let h: Harness;
let eric: User;
let otherTeam: string;
let teams: string[];
/** Seeded users this file deletes, one per test that deletes. */
let deletable: string[];

beforeAll(async () => {
  // As in production, the client's bound and the jobs' are one number (BPCC_CONCURRENCY): the user index's read after each create shares it.
  h = await startHarness({ upstreamConcurrency: 4 }, { recordUpstream: true, client: { concurrency: 4 } });
  const { agent } = await h.signIn("admin");
  eric = UserSchema.parse((await agent.get("/api/users/eric.chen")).body);
  teams = TeamListSchema.parse((await agent.get("/api/teams")).body).teams.map((team) => team.name);
  otherTeam = teams.find((team) => team !== eric.team) ?? "";
  const directory = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body).users;
  deletable = directory.map((entry) => entry.loginId).filter((loginId) => !["eric.chen", "edna.partee"].includes(loginId)).slice(-4);
});
beforeEach(() => h.sim.control.clearFaults());
afterAll(async () => h.close());

const fileOf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

async function as(role: Role) {
  const { agent, csrfToken } = await h.signIn(role);
  const post = (csv: string) =>
    agent.post("/api/users/import?mode=apply").set({ ...SAME_ORIGIN, "X-CSRF-Token": csrfToken, "Content-Type": "text/csv" }).send(csv);
  return {
    agent,
    apply: post,
    /** Applies the file and waits for the job: its id and result. */
    async applied(csv: string): Promise<{ id: string; result: ImportApplyResult; raw: string }> {
      const res = await post(csv);
      expect(res.status, res.text).toBe(202);
      expect(res.headers["location"]).toBe(`/api/jobs/${String(res.body.id)}`);
      const job = await waitForJob(agent, String(res.headers["location"]));
      expect(job.state, job.problem).toBe("succeeded");
      if (job.kind !== "users.import" || !job.result) throw new Error("no import result");
      expect(job.done).toBe(job.total);
      return { id: job.id, result: job.result, raw: JSON.stringify(job) };
    },
  };
}

/** Calls that changed something upstream since `mark`, as `METHOD path`. */
function writesSince(mark: number): string[] {
  return h
    .upstreamCalls()
    .slice(mark)
    .filter((call) => call.method !== "GET" && !call.url.includes("/token"))
    .map((call) => `${call.method} ${new URL(call.url, "http://x").pathname.replace(/^.*\/configapi\/v2/, "")}`);
}

async function userStatus(loginId: string): Promise<number> {
  const { agent } = await h.signIn("admin");
  return (await agent.get(`/api/users/${encodeURIComponent(loginId)}`)).status;
}

async function auditOfJob(jobId: string) {
  const { agent } = await h.signIn("admin");
  const records = AuditPageSchema.parse((await agent.get("/api/audit?limit=200")).body).records;
  return records.filter((record) => record.requestId === `job:${jobId}`);
}

describe("who may apply an import", () => {
  it.each(["viewer", "helpdesk"] as const)("a %s gets 403, audited as users.import, and the platform is never asked", async (role) => {
    const mark = h.upstreamCalls().length;
    expectProblem(await (await as(role)).apply(fileOf("loginId,team", `eric.chen,${otherTeam}`)), 403);
    expect(h.upstreamCalls().length).toBe(mark);
    const { agent } = await h.signIn("admin");
    const [record] = AuditPageSchema.parse((await agent.get(`/api/audit?action=users.import&actor=${role}&limit=1`)).body).records;
    expect(record).toMatchObject({ actor: role, action: "users.import", outcome: "refused", status: 403 });
  });

  it("a supervisor's file with a create: 400 with the preview's error on its row, and no write", async () => {
    const mark = h.upstreamCalls().length;
    const res = await (await as("supervisor")).apply(fileOf("loginId,firstName,lastName,team", `eric.chen,,,${otherTeam}`, `sup.new,Sup,New,${otherTeam}`));
    const problem = expectProblem(res, 400);
    expect(problem.errors).toContainEqual({ field: "row 3.loginId", message: expect.stringMatching(/only an admin can create users/) });
    const preview = ImportPreviewSchema.parse(res.body.preview);
    expect(preview.rows.map((row) => row.action)).toEqual(["update", "error"]);
    expect(writesSince(mark)).toEqual([]);
  });

  it("a supervisor's updates are applied, each audited as user.update by the supervisor", async () => {
    const supervisor = await as("supervisor");
    const edna = UserSchema.parse((await supervisor.agent.get("/api/users/edna.partee")).body);
    const team = teams.find((name) => name !== edna.team) ?? "";
    const { id, result } = await supervisor.applied(fileOf("loginId,team", `edna.partee,${team}`));
    expect(result).toEqual({ rows: [{ row: 2, loginId: "edna.partee", outcome: "updated" }], needPassword: [] });
    expect(UserSchema.parse((await supervisor.agent.get("/api/users/edna.partee")).body).team).toBe(team);
    expect(await auditOfJob(id)).toEqual([expect.objectContaining({ actor: "supervisor", action: "user.update", target: "edna.partee", outcome: "succeeded" })]);
  });
});

describe("an admin applies a file", () => {
  it("with an error anywhere: 400 naming row and column, the preview in the body, zero writes", async () => {
    const mark = h.upstreamCalls().length;
    const res = await (await as("admin")).apply(fileOf("loginId,firstName,lastName,team", `fine.one,Fine,One,${otherTeam}`, "bad.one,Bad,One,No Such Team"));
    const problem = expectProblem(res, 400);
    expect(problem.type).toBe("/problems/import-has-errors");
    expect(problem.errors).toEqual([{ field: "row 3.team", message: "The contact center has no team “No Such Team”. Check its spelling on the Teams page." }]);
    expect(ImportPreviewSchema.parse(res.body.preview).summary).toEqual({ create: 1, update: 0, delete: 0, unchanged: 0, error: 1 });
    expect(writesSince(mark)).toEqual([]);
    expect(await userStatus("fine.one")).toBe(404);
  });

  it("creates, updates and deletes, one outcome and one audit record per row, and no password anywhere in the job", async () => {
    const admin = await as("admin");
    const gone = deletable[0] ?? "";
    const { id, result, raw } = await admin.applied(
      fileOf(
        "loginId,firstName,lastName,team,skills,action",
        `imp.ada,Ada,Lovelace,${otherTeam},Spanish:80,`,
        `eric.chen,,,${otherTeam},,`,
        `${gone},,,,,delete`,
        `imp.alan,Alan,Turing,${otherTeam},,`,
        `eric.chen2,,,,,delete`,
      ),
    );

    expect(result.rows).toEqual([
      { row: 2, loginId: "imp.ada", outcome: "created" },
      { row: 3, loginId: "eric.chen", outcome: "updated" },
      { row: 4, loginId: gone, outcome: "deleted" },
      { row: 5, loginId: "imp.alan", outcome: "created" },
      // A delete of a user who does not exist is done already (docs/decisions/020).
      { row: 6, loginId: "eric.chen2", outcome: "unchanged" },
    ]);
    expect(result.needPassword).toEqual(["imp.ada", "imp.alan"]);
    expect(raw).not.toMatch(/password"\s*:\s*"[^[]/i);

    const ada = UserSchema.parse((await admin.agent.get("/api/users/imp.ada")).body);
    expect(ada).toMatchObject({ firstName: "Ada", lastName: "Lovelace", team: otherTeam, skills: { Spanish: 80 }, changePassword: true });
    expect(UserSchema.parse((await admin.agent.get("/api/users/eric.chen")).body).team).toBe(otherTeam);
    expect(await userStatus(gone)).toBe(404);

    const records = await auditOfJob(id);
    expect(records.map((record) => `${record.action} ${record.target} ${record.outcome}`).sort()).toEqual(
      [`user.create imp.ada succeeded`, `user.create imp.alan succeeded`, `user.delete ${gone} succeeded`, `user.update eric.chen succeeded`].sort(),
    );
    expect(JSON.stringify(records)).not.toMatch(/"password":"(?!\[redacted\])/);
  });

  it("after a partial failure, the same file again writes only the rows left; the rest come out unchanged", async () => {
    const admin = await as("admin");
    const [first, second] = deletable.slice(1);
    const csv = fileOf(
      "loginId,firstName,lastName,team,action",
      `re.one,Re,One,${otherTeam},`,
      `re.two,Re,Two,${otherTeam},`,
      `re.three,Re,Three,${otherTeam},`,
      `re.four,Re,Four,${otherTeam},`,
      `${first},,,,delete`,
      `${second},,,,delete`,
    );
    // Two of the four creates and one of the two deletes fail at the platform.
    h.sim.control.setErrorRate({ endpoint: "POST /user", rate: 1, skip: 1, count: 2, status: 500 });
    h.sim.control.setErrorRate({ endpoint: "DELETE /user/:username", rate: 1, count: 1, status: 500 });

    const run1 = await admin.applied(csv);
    const failed = run1.result.rows.filter((row) => row.outcome === "failed");
    expect(failed).toHaveLength(3);
    expect(failed.every((row) => typeof row.problem === "string" && row.problem.length > 0)).toBe(true);
    expect(run1.result.needPassword).toHaveLength(2);
    const failedAudit = (await auditOfJob(run1.id)).filter((record) => record.outcome !== "succeeded");
    expect(failedAudit).toHaveLength(3);

    h.sim.control.clearFaults();
    const mark = h.upstreamCalls().length;
    const run2 = await admin.applied(csv);

    const expected = Object.fromEntries(run1.result.rows.map((row) => [row.loginId, row.outcome === "failed" ? (row.loginId.startsWith("re.") ? "created" : "deleted") : "unchanged"]));
    expect(Object.fromEntries(run2.result.rows.map((row) => [row.loginId, row.outcome]))).toEqual(expected);
    expect(writesSince(mark).sort()).toEqual(
      failed.map((row) => (row.loginId.startsWith("re.") ? "POST /user" : `DELETE /user/${row.loginId}`)).sort(),
    );
    expect(await auditOfJob(run2.id)).toHaveLength(3);
    for (const loginId of ["re.one", "re.two", "re.three", "re.four"]) expect(await userStatus(loginId)).toBe(200);
    for (const loginId of [first, second]) expect(await userStatus(loginId ?? "")).toBe(404);

    // A third time: nothing left to do, nothing written.
    const mark3 = h.upstreamCalls().length;
    const run3 = await admin.applied(csv);
    expect(run3.result.rows.every((row) => row.outcome === "unchanged")).toBe(true);
    expect(writesSince(mark3)).toEqual([]);
  });

  it("never has more writes in flight than the configured concurrency", async () => {
    h.sim.control.resetCallCounts();
    h.sim.control.setLatency({ fixedMs: 20 });
    try {
      const rows = Array.from({ length: 12 }, (_, i) => `cc.user${i},Cc,User${i},${otherTeam}`);
      const { result } = await (await as("admin")).applied(fileOf("loginId,firstName,lastName,team", ...rows));
      expect(result.rows.filter((row) => row.outcome === "created")).toHaveLength(12);
      expect(h.sim.control.inFlight().peak).toBeLessThanOrEqual(4);
    } finally {
      h.sim.control.clearFaults();
    }
  });
});
