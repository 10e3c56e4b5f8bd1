import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createAuditStore } from "../audit/audit-store.ts";
import { migrateSqlite } from "./migrations.ts";
import { sqliteAt } from "./sqlite.ts";

const ATTEMPT = { actor: "admin", role: "admin", clientIp: "192.0.2.1", action: "user.delete", target: "old.agent" } as const;

describe("migrating a store written before the outcome `interrupted`", () => {
  it("keeps every record and id, then lets a left-over attempt be marked interrupted", async () => {
    const raw = new Database(":memory:");
    migrateSqlite(raw, 2);
    // The columns of that time only: what the store of release 2 wrote.
    const insert = raw.prepare(
      "INSERT INTO audit_events (at, actor, role, client_ip, action, target, outcome, status, request_id, changes) VALUES (?, 'admin', 'admin', '192.0.2.1', 'user.delete', 'old.agent', ?, ?, ?, ?)",
    );
    const finished = Number(insert.run("2026-05-01T08:00:00.000Z", "succeeded", 204, "finished-01", JSON.stringify({ before: { team: "Sales" } })).lastInsertRowid);
    const cutOff = Number(insert.run("2026-05-01T09:00:00.000Z", "pending", null, "cut-off-01", null).lastInsertRowid);

    migrateSqlite(raw);

    const audit = createAuditStore(sqliteAt(raw));
    expect((await audit.query({ limit: 10 })).records.map((r) => r.id)).toEqual([cutOff, finished]);
    expect(await audit.markInterrupted("stopped")).toBe(1);
    expect((await audit.query({ limit: 10 })).records).toMatchObject([
      { id: cutOff, outcome: "interrupted", reason: "stopped", status: null },
      { id: finished, outcome: "succeeded", status: 204, changes: { before: { team: "Sales" } } },
    ]);
    expect(await audit.begin({ ...ATTEMPT, requestId: "next-01" })).toBe(cutOff + 1);
    // Neither the one already marked nor this process's own attempt: only another instance's are marked.
    expect(await audit.markInterrupted("stopped")).toBe(0);
    expect(await createAuditStore(sqliteAt(raw)).markInterrupted("stopped")).toBe(1);
    raw.close();
  });

  it("refuses a store migrated by a newer release, naming both versions", () => {
    const raw = new Database(":memory:");
    migrateSqlite(raw);
    const known = Number(raw.pragma("user_version", { simple: true }));
    raw.pragma(`user_version = ${known + 1}`);
    expect(() => migrateSqlite(raw)).toThrow(`schema is version ${known + 1}, newer than this Switchboard knows (${known})`);
    raw.close();
  });
});
