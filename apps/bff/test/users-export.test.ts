import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BpccError } from "@switchboard/bpcc";
import { AuditPageSchema, DirectoryResponseSchema, ImportPreviewSchema, JobSchema, UserSchema, type Job, type Role, type UsersExportResult } from "@switchboard/contracts";
import type supertest from "supertest";
import { readUsersCsv } from "../src/features/users-import/users-csv-read.ts";
import type { PlatformUser } from "../src/platform/platform.ts";
import { SAME_ORIGIN, startGenesysHarness, startHarness, type GenesysHarness, type Harness } from "./harness.ts";
import { waitForJob } from "./job-polling.ts";
import { expectProblem } from "./security/support.ts";

// POST /api/users/export (supervisor and up) → a users.export job → GET /api/jobs/:id/download.

const CONCURRENCY = 3;
/** The most user reads the platform was asked for at once, and the logins that fail to read. */
const reads = { now: 0, most: 0, failing: new Set<string>(), hold: Promise.resolve() };

async function as(h: Harness | GenesysHarness, role: Role | "other.supervisor") {
  const { agent, csrfToken } = await h.signIn(role);
  return {
    agent,
    csrfToken,
    start: (body?: object) => {
      const request = agent.post("/api/users/export").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
      return body === undefined ? request : request.send(body);
    },
    // The bytes as they came, BOM and all.
    download: (url: string) => agent.get(url).responseType("blob"),
  };
}

/** Starts an export, waits for its job to succeed, and answers the job's result. */
async function exported(session: { agent: supertest.Agent; start: (body?: object) => supertest.Test }, body?: object): Promise<{ job: Job; result: UsersExportResult }> {
  const res = await session.start(body);
  expect(res.status, res.text).toBe(202);
  const job = await waitForJob(session.agent, String(res.headers["location"]));
  if (job.kind !== "users.export" || job.state !== "succeeded" || !job.result) throw new Error(`export ended ${job.state}: ${job.problem ?? ""}`);
  return { job, result: job.result };
}

describe("users export on Bright Pattern", () => {
  let h: Harness;
  let directory: string[];
  beforeAll(async () => {
    h = await startHarness(
      { upstreamConcurrency: CONCURRENCY },
      {
        sim: { latencyMs: 3 },
        platform: (bpcc) => ({
          ...bpcc,
          capabilities: bpcc.capabilities,
          userCarriesDirectNumber: bpcc.userCarriesDirectNumber,
          async getUser(loginId): Promise<PlatformUser> {
            reads.now += 1;
            reads.most = Math.max(reads.most, reads.now);
            try {
              await reads.hold;
              if (reads.failing.has(loginId)) throw new BpccError("upstream 500", { kind: "upstream", status: 500, upstreamMessage: "boom" });
              return await bpcc.getUser(loginId);
            } finally {
              reads.now -= 1;
            }
          },
        }),
      },
    );
    const { agent } = await h.signIn("admin");
    directory = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body).users.map((entry) => entry.loginId);
  });
  afterAll(async () => h.close());

  it.each(["viewer", "helpdesk"] as const)("refuses a %s (403) and starts nothing", async (role) => {
    const res = await (await as(h, role)).start();
    expectProblem(res, 403);
  });

  it("exports every user as a CSV that reads back to the same users, at the configured concurrency", async () => {
    reads.most = 0;
    const supervisor = await as(h, "supervisor");
    const res = await supervisor.start();
    expect(res.status, res.text).toBe(202);
    const started = JobSchema.parse(res.body);
    expect(res.headers["location"]).toBe(`/api/jobs/${started.id}`);
    expect(started).toMatchObject({ kind: "users.export", state: "running", total: directory.length });

    const job = await waitForJob(supervisor.agent, String(res.headers["location"]));
    expect(job).toMatchObject({ state: "succeeded", done: directory.length });
    if (job.kind !== "users.export" || !job.result) throw new Error("no export result");
    const today = new Date().toISOString().slice(0, 10);
    expect(job.result).toMatchObject({ rows: directory.length, requested: directory.length, unreadable: [], fileName: `switchboard-users-${today}.csv` });
    expect(job.result.columns).toEqual(["loginId", "firstName", "lastName", "team", "extension", "email", "workPhone", "mobilePhone", "disabled", "changePassword", "roles", "skills", "action"]);
    expect(reads.most).toBeLessThanOrEqual(CONCURRENCY);
    expect(reads.most).toBeGreaterThan(1);

    const file = await supervisor.download(job.result.downloadUrl);
    expect(file.status, String(file.body)).toBe(200);
    expect(file.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(file.headers["content-disposition"]).toBe(`attachment; filename="switchboard-users-${today}.csv"`);
    expect(file.headers["cache-control"]).toBe("no-store");
    const bytes = file.body as Buffer;
    // A BOM, so that Excel reads UTF-8; the header line in the order.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(job.result.columns.join(","));

    const csv = readUsersCsv(bytes);
    expect(csv.rows.map((row) => row.cells.loginId).sort()).toEqual([...directory].sort());
    const eric = UserSchema.parse((await supervisor.agent.get("/api/users/eric.chen")).body);
    const ericRow = csv.rows.find((row) => row.cells.loginId === "eric.chen")?.cells;
    expect(ericRow).toMatchObject({
      firstName: eric.firstName,
      lastName: eric.lastName,
      team: eric.team ?? "",
      email: eric.email ?? "",
      roles: eric.roles.join(";"),
      disabled: String(eric.disabled),
      action: "",
    });
    expect(ericRow?.skills?.split(";").filter(Boolean).sort()).toEqual(Object.entries(eric.skills).map(([name, level]) => `${name}:${level}`).sort());

    // The untouched file imports back changing nothing: every row `unchanged`.
    const preview = await supervisor.agent.post("/api/users/import?mode=preview").set(SAME_ORIGIN).set("X-CSRF-Token", supervisor.csrfToken).set("Content-Type", "text/csv").send(bytes);
    expect(preview.status, preview.text).toBe(200);
    const { summary } = ImportPreviewSchema.parse(preview.body);
    expect(summary).toEqual({ create: 0, update: 0, delete: 0, unchanged: directory.length, error: 0 });
  });

  it("exports only the users the list's search matches", async () => {
    const supervisor = await as(h, "supervisor");
    const { job, result } = await exported(supervisor, { filter: { q: "ERIC.chen" } });
    expect(job.total).toBe(1);
    expect(result.rows).toBe(1);
    const csv = readUsersCsv((await supervisor.download(result.downloadUrl)).body as Buffer);
    expect(csv.rows.map((row) => row.cells.loginId)).toEqual(["eric.chen"]);
  });

  it("exports a filter's team, and a selection of logins", async () => {
    const supervisor = await as(h, "supervisor");
    const eric = UserSchema.parse((await supervisor.agent.get("/api/users/eric.chen")).body);
    const byTeam = await exported(supervisor, { filter: { team: (eric.team ?? "").toUpperCase() } });
    const teamCsv = readUsersCsv((await supervisor.download(byTeam.result.downloadUrl)).body as Buffer);
    expect(teamCsv.rows.map((row) => row.cells.loginId)).toContain("eric.chen");
    expect(new Set(teamCsv.rows.map((row) => row.cells.team))).toEqual(new Set([eric.team]));
    expect(byTeam.result.rows).toBeLessThan(directory.length);

    const picked = directory.slice(0, 3);
    const selection = await exported(supervisor, { loginIds: [...picked, picked[0]?.toUpperCase() ?? ""] });
    expect(selection.job.total).toBe(3);
    expect(readUsersCsv((await supervisor.download(selection.result.downloadUrl)).body as Buffer).rows.map((row) => row.cells.loginId).sort()).toEqual([...picked].sort());
  });

  it("refuses a filter and a selection at once, on the field", async () => {
    const res = await (await as(h, "supervisor")).start({ filter: { q: "a" }, loginIds: ["eric.chen"] });
    expect(expectProblem(res, 400).errors).toEqual([expect.objectContaining({ field: "loginIds" })]);
  });

  it("lists the users it could not read, with why, and leaves them out of the file", async () => {
    const [first, second] = directory;
    reads.failing = new Set([first ?? "", second ?? ""]);
    try {
      const supervisor = await as(h, "supervisor");
      const { result } = await exported(supervisor);
      expect(result.rows).toBe(directory.length - 2);
      expect(result.requested).toBe(directory.length);
      expect(result.unreadable.map((user) => user.loginId).sort()).toEqual([first, second].sort());
      expect(result.unreadable[0]?.problem).toMatch(/contact center/i);
      const csv = readUsersCsv((await supervisor.download(result.downloadUrl)).body as Buffer);
      expect(csv.rows.map((row) => row.cells.loginId)).not.toContain(first);
    } finally {
      reads.failing = new Set();
    }
  });

  it("lets only its starter and admins download the file: another supervisor gets 404", async () => {
    const { result } = await exported(await as(h, "supervisor"));
    await h.accounts.create({ username: "other.supervisor", passwordHash: (await h.accounts.find("supervisor"))?.passwordHash ?? "", role: "supervisor" });
    const other = await as(h, "other.supervisor");
    expectProblem(await other.agent.get(result.downloadUrl), 404);
    const admin = await as(h, "admin");
    expect((await admin.download(result.downloadUrl)).status).toBe(200);
    expectProblem(await admin.agent.get("/api/jobs/no-such-job/download"), 404);
  });

  it("answers 409 for the download while the export runs", async () => {
    let release = () => {};
    reads.hold = new Promise((resolve) => (release = resolve));
    try {
      const supervisor = await as(h, "supervisor");
      const res = await supervisor.start({ loginIds: ["eric.chen"] });
      const running = await supervisor.agent.get(`${String(res.headers["location"])}/download`);
      expect(expectProblem(running, 409).detail).toMatch(/still running/);
      release();
      await waitForJob(supervisor.agent, String(res.headers["location"]));
      expect((await supervisor.download(`${String(res.headers["location"])}/download`)).status).toBe(200);
    } finally {
      release();
      reads.hold = Promise.resolve();
    }
  });

  it("records who exported, as users.export", async () => {
    const { agent } = await h.signIn("admin");
    const page = AuditPageSchema.parse((await agent.get("/api/audit?action=users.export")).body);
    expect(page.records[0]).toMatchObject({ action: "users.export", actor: "supervisor", outcome: "succeeded", target: "users" });
    expect(page.records.some((record) => record.actor === "viewer" && record.outcome === "refused")).toBe(true);
    // What was exported: the search's one user.
    expect(page.records.map((record) => record.changes?.after)).toContainEqual(expect.objectContaining({ filter: { q: "ERIC.chen" }, users: 1 }));
  });
});

describe("users export on Genesys", () => {
  let g: GenesysHarness;
  beforeAll(async () => {
    g = await startGenesysHarness({ upstreamConcurrency: CONCURRENCY });
  });
  afterAll(async () => g.close());

  it("leaves out the columns Genesys has no field for, and the file imports back unchanged", async () => {
    const supervisor = await as(g, "supervisor");
    const { result } = await exported(supervisor);
    expect(result.columns).toEqual(["loginId", "firstName", "lastName", "email", "disabled", "changePassword", "roles", "skills", "action"]);
    expect(result.unreadable).toEqual([]);
    const bytes = (await supervisor.download(result.downloadUrl)).body as Buffer;
    expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(result.columns.join(","));
    expect(readUsersCsv(bytes).rows).toHaveLength(result.rows);
    const preview = await supervisor.agent.post("/api/users/import?mode=preview").set(SAME_ORIGIN).set("X-CSRF-Token", supervisor.csrfToken).set("Content-Type", "text/csv").send(bytes);
    expect(preview.status, preview.text).toBe(200);
    expect(ImportPreviewSchema.parse(preview.body).summary).toMatchObject({ unchanged: result.rows, error: 0, update: 0 });
  });
});
