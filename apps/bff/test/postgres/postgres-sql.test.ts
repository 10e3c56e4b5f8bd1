/**
 * The `Sql` interface over a real PostgreSQL server: the stores' `?` SQL, the types they read back,
 * case-insensitive names, transactions, and the database going away and coming back.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openPostgres } from "../../src/db/postgres.ts";
import { DatabaseUnavailable, type Sql } from "../../src/db/sql.ts";
import { usePostgres } from "./use-postgres.ts";

const postgres = usePostgres();
const opened: Sql[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((sql) => sql.close()));
});

async function open(options: Partial<Parameters<typeof openPostgres>[0]> = {}) {
  const sql = await openPostgres({ url: await postgres.createDatabase(), ...options });
  opened.push(sql);
  return sql;
}

const NOW = "2026-12-07T05:00:00.000Z";
const addAccount = (sql: Sql, username: string) =>
  sql.run("INSERT INTO accounts (username, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)", [
    username,
    "hash",
    "admin",
    NOW,
    NOW,
  ]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("PostgreSQL Sql", () => {
  it("takes `?` placeholders, leaving a `?` inside a quoted literal alone", async () => {
    const sql = await open();
    expect(await sql.get("SELECT '?' AS literal, ?::text AS first, ?::int AS second", ["one", 2])).toEqual({
      literal: "?",
      first: "one",
      second: 2,
    });
    expect(await addAccount(sql, "admin")).toEqual({ changes: 1 });
    expect(await sql.run("UPDATE accounts SET disabled = 1 WHERE disabled = ?", [0])).toEqual({ changes: 1 });
    expect(await sql.run("UPDATE accounts SET disabled = 1 WHERE username = ?", ["nobody"])).toEqual({ changes: 0 });
  });

  it("reads bigint columns as numbers and bytea as bytes", async () => {
    const sql = await open();
    await addAccount(sql, "admin");
    const createdAt = 1_796_000_000_123;
    await sql.run("INSERT INTO sessions (id_hash, username, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)", [
      "h",
      "admin",
      "c",
      createdAt,
      createdAt + 1,
    ]);
    expect(await sql.get("SELECT created_at, last_seen_at FROM sessions")).toEqual({ created_at: createdAt, last_seen_at: createdAt + 1 });
    await sql.run("INSERT INTO audit_events (at, actor, client_ip, action, outcome, request_id) VALUES (?, ?, ?, ?, ?, ?)", [
      NOW,
      "admin",
      "127.0.0.1",
      "account.create",
      "pending",
      "r1",
    ]);
    expect(await sql.get("SELECT id FROM audit_events")).toEqual({ id: 1 });

    const content = Uint8Array.from({ length: 256 }, (_, index) => index);
    await sql.run("INSERT INTO jobs (id, kind, owner, state, total, started_at) VALUES (?, ?, ?, ?, ?, ?)", ["j1", "export", "admin", "running", 1, NOW]);
    await sql.run("INSERT INTO job_files (job_id, name, content_type, content, created_at) VALUES (?, ?, ?, ?, ?)", ["j1", "users.csv", "text/csv", content, NOW]);
    const file = (await sql.get("SELECT content FROM job_files WHERE job_id = ?", ["j1"])) as { content: Uint8Array };
    expect(file.content).toBeInstanceOf(Uint8Array);
    expect([...file.content]).toEqual([...content]);
    // A job's file goes with its job.
    await sql.run("DELETE FROM jobs WHERE id = ?", ["j1"]);
    expect(await sql.all("SELECT job_id FROM job_files")).toEqual([]);
  });

  it("compares usernames without regard to case, and keeps them unique that way", async () => {
    const sql = await open();
    expect(sql.ci("username")).toBe("username");
    await addAccount(sql, "admin");
    expect(await sql.get(`SELECT username FROM accounts WHERE ${sql.ci("username")} = ?`, ["Admin"])).toEqual({ username: "admin" });
    // A constraint violation is the caller's error, not the database being unavailable.
    const duplicate = await addAccount(sql, "ADMIN").catch((error: unknown) => error);
    expect(duplicate).not.toBeInstanceOf(DatabaseUnavailable);
    expect(duplicate).toMatchObject({ code: "23505" });
    // The connection that met it still works.
    expect(await sql.all("SELECT username FROM accounts")).toEqual([{ username: "admin" }]);
  });

  it("commits a transaction's statements together, or none of them", async () => {
    const sql = await open();
    await sql.transaction(async (tx) => {
      await addAccount(tx, "one");
      await tx.transaction(async (nested) => addAccount(nested, "two"));
    });
    const failure = new Error("the work failed");
    await expect(
      sql.transaction(async (tx) => {
        await addAccount(tx, "three");
        throw failure;
      }),
    ).rejects.toBe(failure);
    await expect(sql.transaction(async (tx) => addAccount(tx, "ONE"))).rejects.toMatchObject({ code: "23505" });
    expect(await sql.all("SELECT username FROM accounts ORDER BY username")).toEqual([{ username: "one" }, { username: "two" }]);
  });

  it("runs exclusive transactions on one name one at a time, from their first read", async () => {
    const sql = await open();
    await sql.run("INSERT INTO instances (id, started_at, seen_at) VALUES (?, ?, ?)", ["counter", NOW, 0]);
    const increment = () =>
      sql.transaction(
        async (tx) => {
          const row = (await tx.get("SELECT seen_at FROM instances WHERE id = ?", ["counter"])) as { seen_at: number };
          await sleep(100);
          await tx.run("UPDATE instances SET seen_at = ? WHERE id = ?", [row.seen_at + 1, "counter"]);
          return row.seen_at;
        },
        { exclusive: "counter" },
      );
    const seen = await Promise.all([increment(), increment(), increment()]);
    expect(seen.sort()).toEqual([0, 1, 2]);
    expect(await sql.get("SELECT seen_at FROM instances")).toEqual({ seen_at: 3 });
  });

  it("answers a statement that runs too long with DatabaseUnavailable", async () => {
    const sql = await open({ statementTimeoutMs: 200 });
    await expect(sql.get("SELECT pg_sleep(2)")).rejects.toThrow(DatabaseUnavailable);
    await expect(sql.transaction((tx) => tx.get("SELECT pg_sleep(2)"))).rejects.toThrow("a statement timed out");
    await sql.ping();
  });

  it("says the database is unavailable while the server is down, naming no secret, and recovers by itself", async () => {
    const plain = new URL(await postgres.createDatabase());
    const url = `postgres://postgres:pw-s3cret-9f2@${plain.host}${plain.pathname}`;
    const poolErrors: Error[] = [];
    const sql = await openPostgres({ url, connectTimeoutMs: 1000, onPoolError: (error) => poolErrors.push(error) });
    opened.push(sql);
    await addAccount(sql, "admin");

    await postgres.server().stop();
    try {
      const failures = await Promise.all([
        sql.ping().catch((error: unknown) => error),
        sql.get("SELECT username FROM accounts").catch((error: unknown) => error),
        sql.transaction((tx) => addAccount(tx, "other")).catch((error: unknown) => error),
      ]);
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(DatabaseUnavailable);
        const { message } = failure as Error;
        for (const secret of ["pw-s3cret-9f2", plain.host, plain.port, "postgres:", url]) expect(message).not.toContain(secret);
      }
      // The idle connection the server ended was reported, not thrown at the process.
      expect(poolErrors.length).toBeGreaterThan(0);
      expect(poolErrors.every((error) => error instanceof DatabaseUnavailable && !error.message.includes(plain.port))).toBe(true);
    } finally {
      await postgres.server().start();
    }

    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await sql.ping();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(100);
      }
    }
    expect(await sql.all("SELECT username FROM accounts")).toEqual([{ username: "admin" }]);
  });

  it("refuses to open a database that does not exist, naming neither it nor the user", async () => {
    const url = new URL(postgres.server().url("no_such_db_7c1"));
    url.username = "someone_4e2";
    url.password = "pw-s3cret-9f2";
    const failure = await openPostgres({ url: url.href }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseUnavailable);
    for (const secret of ["no_such_db_7c1", "someone_4e2", "pw-s3cret-9f2", url.port]) expect((failure as Error).message).not.toContain(secret);
  });

  it("tells a saturated pool from an unreachable database: every connection busy the whole wait", async () => {
    const sql = await open({ poolMax: 1, connectTimeoutMs: 300 });
    let release = () => {};
    const held = sql.transaction(() => new Promise<void>((resolve) => (release = resolve)));
    await sleep(50);
    await expect(sql.get("SELECT 1 AS one")).rejects.toThrow(new DatabaseUnavailable("every connection of the pool stayed busy (DATABASE_POOL_MAX)"));
    release();
    await held;
    expect(await sql.get("SELECT 1 AS one")).toEqual({ one: 1 });
  });
});
