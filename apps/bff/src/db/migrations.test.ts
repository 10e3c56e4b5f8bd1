import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createAuditStore } from "../audit/audit-store.ts";
import { migrate } from "./migrations.ts";

const ATTEMPT = { actor: "admin", role: "admin", clientIp: "192.0.2.1", action: "user.delete", target: "old.agent" } as const;

describe("migrating a store written before the outcome `interrupted`", () => {
  it("keeps every record and id, then lets a left-over attempt be marked interrupted", () => {
    const db = new Database(":memory:");
    migrate(db, 2);
    const before = createAuditStore(db);
    const finished = before.begin({ ...ATTEMPT, requestId: "finished-01" }, new Date("2026-05-01T08:00:00Z"));
    before.complete(finished, { outcome: "succeeded", status: 204, reason: null, changes: { before: { team: "Sales" } } });
    const cutOff = before.begin({ ...ATTEMPT, requestId: "cut-off-01" }, new Date("2026-05-01T09:00:00Z"));
    const recordsBefore = before.query({ limit: 10 }).records;

    migrate(db);

    const audit = createAuditStore(db);
    expect(audit.query({ limit: 10 }).records).toEqual(recordsBefore);
    expect(audit.markInterrupted("stopped")).toBe(1);
    expect(audit.query({ limit: 10 }).records).toMatchObject([
      { id: cutOff, outcome: "interrupted", reason: "stopped", status: null },
      { id: finished, outcome: "succeeded", status: 204, changes: { before: { team: "Sales" } } },
    ]);
    expect(audit.begin({ ...ATTEMPT, requestId: "next-01" })).toBe(cutOff + 1);
    // Only the new attempt: one already marked is not counted again.
    expect(audit.markInterrupted("stopped")).toBe(1);
    db.close();
  });
});
