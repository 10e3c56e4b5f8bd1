import { describe, expect, it } from "vitest";
import type { JobKind, JobResultOf } from "@switchboard/contracts";
import { createAuditStore } from "../../audit/audit-store.ts";
import { openDatabase } from "../../db/database.ts";
import { AppError } from "../../errors/app-error.ts";
import type { JobRunner, JobSpec } from "../../jobs/job-runner.ts";
import { BPCC_CAPABILITIES } from "../../platform/bpcc-platform.ts";
import type { UsersService } from "../users/users-service.ts";
import { createImportApplyService } from "./import-apply-service.ts";
import type { ImportTenantSource } from "./import-preview.ts";
import { ERIC } from "./users-csv-fixtures.ts";

// The apply job on its own: progress per row, the writes each row makes, and what a failure leaves.


const tenant: ImportTenantSource = {
  async load() {
    return { capabilities: BPCC_CAPABILITIES, users: new Map([["eric.chen", { ...ERIC, email: null, skills: {} }]]), teams: ["Sales", "Support"], skills: { names: [], complete: false } };
  },
};

/** Runs the job's work at once, keeping every progress count and the result. */
function inlineJobs() {
  const seen: { progress: number[]; result?: unknown; total?: number } = { progress: [] };
  const jobs: JobRunner = {
    async start<K extends JobKind>(spec: JobSpec<K>) {
      seen.total = spec.total;
      seen.result = spec.work({ jobId: "job-1", progress: (done) => seen.progress.push(done), signal: new AbortController().signal });
      return { id: "job-1", kind: spec.kind, state: "running", done: 0, total: spec.total, startedAt: new Date(0).toISOString() } as never;
    },
    get: async () => undefined,
    interruptAbandoned: async () => 0,
    countByState: async () => ({}),
    idle: async () => {},
    stop: async () => {},
  };
  return { jobs, seen };
}

const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join("\n")}\n`);

describe("the import apply job", () => {
  it("counts every row, the unchanged ones at once; writes each row once; a failed row is its own outcome, audited as refused; no password leaves", async () => {
    const { jobs, seen } = inlineJobs();
    const audit = createAuditStore(await openDatabase(":memory:"));
    const calls: string[] = [];
    const users: Pick<UsersService, "createUser" | "updateUser" | "deleteUser"> = {
      async createUser(request) {
        calls.push(`create ${request.loginId} ${request.password ?? "(generated)"}`);
        return { response: { loginId: request.loginId, confirmedBy: "answer", generated: true, temporaryPassword: "Kp7m-X3rt-Qa9z" }, changes: { after: { loginId: request.loginId } } };
      },
      async updateUser(loginId, request) {
        calls.push(`update ${loginId} ${JSON.stringify(request)}`);
        throw new AppError({ status: 409, title: "Conflict", type: "/problems/edit-conflict", detail: "Changed meanwhile." });
      },
      async deleteUser(loginId) {
        calls.push(`delete ${loginId}`);
        return { changes: {} };
      },
    };
    const service = createImportApplyService({ tenant, users, audit, jobs, concurrency: 2 });

    await service.startApply(
      csv("loginId,firstName,lastName,team,action", "new.one,New,One,Support,", "eric.chen,,,Support,", "eric.chen2,,,,delete", "new.two,New,Two,Sales,"),
      { username: "admin", role: "admin", teams: null, clientIp: "10.0.0.1" },
    );
    const result = (await seen.result) as JobResultOf<"users.import">;

    expect(seen.total).toBe(4);
    expect(seen.progress).toEqual([1, 2, 3, 4]);
    expect(calls.sort()).toEqual([
      "create new.one (generated)",
      "create new.two (generated)",
      `update eric.chen {"team":"Support","expected":{"team":"Sales"}}`,
    ]);
    expect(result.rows).toEqual([
      { row: 2, loginId: "new.one", outcome: "created" },
      { row: 3, loginId: "eric.chen", outcome: "failed", problem: "Someone else changed this user after the file was previewed; their change was kept. Preview the file again." },
      { row: 4, loginId: "eric.chen2", outcome: "unchanged" },
      { row: 5, loginId: "new.two", outcome: "created" },
    ]);
    expect(result.needPassword).toEqual(["new.one", "new.two"]);
    expect(JSON.stringify(result)).not.toContain("Kp7m");
    const records = (await audit.query({ limit: 10 })).records;
    expect(records.map((record) => `${record.action} ${record.target} ${record.outcome}`).sort()).toEqual([
      "user.create new.one succeeded",
      "user.create new.two succeeded",
      "user.update eric.chen refused",
    ]);
  });

  it("refuses a file with an error before any job starts: 400 with the preview", async () => {
    const { jobs, seen } = inlineJobs();
    const service = createImportApplyService({ tenant, users: {} as never, audit: createAuditStore(await openDatabase(":memory:")), jobs, concurrency: 2 });
    const refusal = await service
      .startApply(csv("loginId,team", "eric.chen,Nowhere"), { username: "sam", role: "supervisor", teams: null, clientIp: "10.0.0.1" })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(400);
    expect((refusal as AppError).extensions?.["preview"]).toMatchObject({ summary: { error: 1 } });
    expect(seen.total).toBeUndefined();
  });
});
