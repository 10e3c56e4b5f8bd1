/**
 * The BFF's stores, one suite played against both engines: SQLite (the embedded default) and a real
 * PostgreSQL (DATABASE_URL). Whatever a caller can notice — case-insensitive names, the audit trail's
 * filters and paging, which instance's leftovers are interrupted, jobs, files, the last-admin rule under
 * concurrency — must read the same on either.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createAuditStore } from "../../src/audit/audit-store.ts";
import { createAccountsStore } from "../../src/auth/accounts-store.ts";
import { createSessionsStore } from "../../src/auth/sessions-store.ts";
import { openPostgres } from "../../src/db/postgres.ts";
import type { Sql } from "../../src/db/sql.ts";
import { openSqlite } from "../../src/db/sqlite.ts";
import { createAccountsService } from "../../src/features/accounts/accounts-service.ts";
import { createJobFileStore } from "../../src/jobs/job-files.ts";
import { createJobStore } from "../../src/jobs/job-store.ts";
import { usePostgres } from "./use-postgres.ts";

const postgres = usePostgres();
const opened: Sql[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((sql) => sql.close()));
});

/** Two handles on one fresh store: two connections (two pools on PostgreSQL, one file on SQLite). */
const ENGINES = {
  sqlite: async (): Promise<[Sql, Sql]> => {
    const sql = openSqlite(":memory:");
    opened.push(sql);
    return [sql, sql];
  },
  postgres: async (): Promise<[Sql, Sql]> => {
    const url = await postgres.createDatabase();
    const pair = await Promise.all([openPostgres({ url }), openPostgres({ url })]);
    opened.push(...pair);
    return pair;
  },
};

const ATTEMPT = { role: "admin", clientIp: "192.0.2.1", requestId: "r-1" } as const;
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe.each(Object.entries(ENGINES))("on %s", (_engine, open) => {
  it("finds accounts and sessions whatever the case of the name, and ends an account's sessions by any case", async () => {
    const [db] = await open();
    const accounts = createAccountsStore(db);
    const sessions = createSessionsStore(db);
    await accounts.create({ username: "Desk.One", passwordHash: "h", role: "helpdesk" });
    await expect(accounts.create({ username: "desk.ONE", passwordHash: "h", role: "viewer" })).rejects.toThrow();
    expect(await accounts.find("DESK.one")).toMatchObject({ username: "Desk.One", role: "helpdesk", disabled: false, teams: null });
    const now = Date.parse("2026-12-07T06:00:00Z");
    const { id } = await sessions.create("Desk.One", now);
    const limits = { idleMs: 60_000, maxMs: 3_600_000 };
    expect(await sessions.resolve(id, now + 1_000, limits)).toMatchObject({ username: "Desk.One", role: "helpdesk" });
    await sessions.destroyAllOf("desk.one");
    expect(await sessions.resolve(id, now + 2_000, limits)).toBeUndefined();
    expect((await accounts.list()).map((a) => a.username)).toEqual(["Desk.One"]);
  });

  it("keeps an SSO account's subject: the same name from another subject, or a password account's name, is refused", async () => {
    const [db] = await open();
    const accounts = createAccountsStore(db);
    expect(await accounts.upsertSso({ username: "ann", subject: "sub-1", role: "supervisor", teams: ["Sales"] })).toBe(true);
    expect(await accounts.upsertSso({ username: "ANN", subject: "sub-1", role: "helpdesk", teams: null })).toBe(true);
    expect(await accounts.find("ann")).toMatchObject({ role: "helpdesk", ssoSubject: "sub-1", teams: null });
    expect(await accounts.upsertSso({ username: "ann", subject: "sub-2", role: "admin", teams: null })).toBe(false);
    await accounts.create({ username: "bob", passwordHash: "h", role: "viewer" });
    expect(await accounts.upsertSso({ username: "Bob", subject: "sub-3", role: "admin", teams: null })).toBe(false);
  });

  it("filters and pages the audit trail alike: actor and target without case, an action's prefix, a cursor", async () => {
    const [db] = await open();
    const audit = createAuditStore(db);
    const ids: number[] = [];
    for (const [i, target] of ["Ann.Lee", "bob.ray", "ann.lee"].entries()) {
      const id = await audit.begin({ ...ATTEMPT, actor: i === 1 ? "Sam" : "sam", action: i === 2 ? "user.update" : "user.unlock", target }, new Date(Date.UTC(2026, 11, 7, 6, i)));
      await audit.complete(id, { outcome: "succeeded", status: 200, reason: null, changes: i === 2 ? { before: { password: "old-secret" }, after: { team: "B" } } : null });
      ids.push(id);
    }
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const target = await audit.query({ target: "ANN.LEE", limit: 10 });
    expect(target.records.map((r) => r.id)).toEqual([ids[2], ids[0]]);
    expect(target.records[0]?.changes).toEqual({ before: { password: "[redacted]" }, after: { team: "B" } });
    expect((await audit.query({ actor: "SAM", limit: 10 })).records).toHaveLength(3);
    expect((await audit.query({ actionPrefix: "user.up", limit: 10 })).records.map((r) => r.id)).toEqual([ids[2]]);
    const first = await audit.query({ limit: 2 });
    expect(first.nextCursor).toBe(String(ids[1]));
    const rest = await audit.query({ limit: 2, cursor: first.nextCursor ?? "" });
    expect(rest).toEqual({ records: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
    expect((await audit.query({ from: "2026-12-07T06:01:00Z", to: "2026-12-07T06:01:30Z", limit: 10 })).records.map((r) => r.id)).toEqual([ids[1]]);
  });

  it("interrupts only what a gone instance left: not its own, not a live instance's", async () => {
    const [db, other] = await open();
    const now = Date.now();
    const register = (sql: Sql, id: string, seenAt: number) => sql.run("INSERT INTO instances (id, started_at, seen_at) VALUES (?, ?, ?)", [id, new Date(seenAt).toISOString(), seenAt]);
    await register(db, "live", now);
    await register(db, "gone", now - 60_000);
    const stores = { live: createAuditStore(other, "live"), gone: createAuditStore(db, "gone"), me: createAuditStore(db, "me") };
    for (const [name, store] of Object.entries(stores)) await store.begin({ ...ATTEMPT, actor: name, action: "user.unlock", target: name });
    expect(await stores.me.markInterrupted("stopped", now - 30_000)).toBe(1);
    const outcomes = Object.fromEntries((await stores.me.query({ limit: 10 })).records.map((r) => [r.actor, r.outcome]));
    expect(outcomes).toEqual({ live: "pending", gone: "interrupted", me: "pending" });

    const jobs = { live: createJobStore(other, "live"), gone: createJobStore(db, "gone"), me: createJobStore(db, "me") };
    for (const [name, store] of Object.entries(jobs)) await store.create({ id: `job-${name}`, kind: "locks.scan", owner: "sam", total: 3, startedAt: new Date(now) });
    expect(await jobs.me.interruptRunning("stopped", new Date(now), now - 30_000)).toBe(1);
    expect(await jobs.live.get("job-gone")).toMatchObject({ state: "interrupted", problem: "stopped" });
    expect(await jobs.me.countByState()).toEqual({ running: 2, interrupted: 1 });
  });

  it("shows a job's progress and end to every handle, and keeps its file a day", async () => {
    const [db, other] = await open();
    let clock = Date.parse("2026-12-07T06:00:00Z");
    const jobs = createJobStore(db);
    await jobs.create({ id: "j1", kind: "users.export", owner: "sam", total: 2, startedAt: new Date(clock) });
    await jobs.recordProgress("j1", 1);
    expect(await createJobStore(other).get("j1")).toMatchObject({ state: "running", done: 1, total: 2, owner: "sam" });
    await jobs.finish("j1", { state: "failed", problem: "no", done: 1, at: new Date(clock) });
    await jobs.finish("j1", { state: "succeeded", result: {}, done: 2, at: new Date(clock) });
    expect(await createJobStore(other).get("j1")).toMatchObject({ state: "failed", problem: "no" });
    const files = createJobFileStore(db, { now: () => clock });
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    await files.put("j1", { name: "a.csv", contentType: "text/csv", content: bytes, createdAt: new Date(clock) });
    await files.put("j1", { name: "b.csv", contentType: "text/csv", content: bytes, createdAt: new Date(clock) });
    const read = await createJobFileStore(other, { now: () => clock }).get("j1");
    expect(read?.name).toBe("b.csv");
    expect([...(read?.content ?? [])]).toEqual([...bytes]);
    clock += 24 * 60 * 60 * 1000 + 1;
    expect(await files.get("j1")).toBeUndefined();
  });

  it("lets exactly one of two admins disabling each other at the same moment succeed, from two connections", async () => {
    const [a, b] = await open();
    const service = (sql: Sql) => createAccountsService({ db: sql, passwordParams: FAST });
    await service(a).create(undefined, { username: "root", password: "tangerine harbour lights", role: "admin" });
    await service(a).create(undefined, { username: "ops", password: "tangerine harbour lights", role: "admin" });
    const results = await Promise.allSettled([service(a).update("ops", "root", { disabled: true }), service(b).update("root", "ops", { disabled: true })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const enabled = (await createAccountsStore(a).list()).filter((account) => !account.disabled);
    expect(enabled).toHaveLength(1);
  });
});
