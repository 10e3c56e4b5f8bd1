import { describe, expect, it } from "vitest";
import { createAuditStore, type AuditStore } from "../audit/audit-store.ts";
import { INTERRUPTED_REASON } from "../audit/interrupted-records.ts";
import { openDatabase } from "../db/database.ts";
import { AppError } from "../errors/app-error.ts";
import { auditedRow } from "./audited-row.ts";

const actor = { username: "sam", role: "supervisor", teams: null, clientIp: "10.0.0.9" } as const;

describe("a job's audited rows", () => {
  it("record each row's outcome on its own, and after a restart tell the rows a job finished from the one it was doing", async () => {
    const db = await openDatabase(":memory:");
    const audit = createAuditStore(db);
    const row = (target: string) => ({ jobId: "job-1", actor, action: "user.update", target });

    await auditedRow(audit, row("ann"), async () => ({ value: 1, changes: { before: { team: "A" }, after: { team: "B" } } }));
    await expect(auditedRow(audit, row("bob"), () => Promise.reject(AppError.notFound("No user named “bob”.")))).rejects.toThrow();
    // The process dies while the third row's write is under way: its attempt was recorded before the write began.
    let pendingWhenWriting: unknown;
    const writing = new Promise<void>((started) => {
      void auditedRow(audit, row("cat"), async () => {
        pendingWhenWriting = (await audit.query({ target: "cat", limit: 1 })).records[0]?.outcome;
        started();
        return new Promise(() => {});
      });
    });
    await writing;
    expect(pendingWhenWriting).toBe("pending");
    // The next process's store: what the first left pending is marked at its start.
    await createAuditStore(db).markInterrupted(INTERRUPTED_REASON);

    const { records } = await audit.query({ limit: 10 });
    const byTarget = Object.fromEntries(records.map((record) => [record.target, record]));
    expect(byTarget["ann"]).toMatchObject({ outcome: "succeeded", actor: "sam", role: "supervisor", requestId: "job:job-1", changes: { after: { team: "B" } } });
    expect(byTarget["bob"]).toMatchObject({ outcome: "refused", status: 404, reason: "No user named “bob”." });
    expect(byTarget["cat"]).toMatchObject({ outcome: "interrupted", reason: INTERRUPTED_REASON });
  });
});

describe("rows written together", () => {
  it("each keep a record of their own, written in one transaction per turn", async () => {
    const audit = createAuditStore(await openDatabase(":memory:"));
    let transactions = 0;
    const counting: AuditStore = { ...audit, transaction: (work) => (transactions++, audit.transaction(work)) };
    const targets = Array.from({ length: 20 }, (_, i) => `user${i}`);

    await Promise.all(targets.map((target) => auditedRow(counting, { jobId: "job-2", actor, action: "user.update", target }, async () => ({ value: target, changes: null }))));

    const { records } = await audit.query({ limit: 50 });
    expect(records.filter((record) => record.outcome === "succeeded")).toHaveLength(20);
    expect(transactions).toBe(2);
  });

  it("a commit that fails fails the rows of that turn, and nothing else (no crash)", async () => {
    const audit = createAuditStore(await openDatabase(":memory:"));
    const failing: AuditStore = {
      ...audit,
      transaction: () => Promise.reject(new Error("the database connection is not open")),
    };
    let worked = false;
    await expect(
      auditedRow(failing, { jobId: "job-3", actor, action: "user.update", target: "ann" }, async () => ((worked = true), { value: 1, changes: null })),
    ).rejects.toThrow("not open");
    expect(worked).toBe(false);
  });
});
