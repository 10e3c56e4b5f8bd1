/**
 * The PostgreSQL schema against a real server: instances starting together migrate once, a schema newer
 * than this release is refused, and the rate limiter's table is the one rate-limiter-flexible expects.
 */
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS } from "../../src/db/migrations-postgres.ts";
import { schemaTooNew } from "../../src/db/migrations.ts";
import { openPostgres } from "../../src/db/postgres.ts";
import { usePostgres } from "./use-postgres.ts";

const postgres = usePostgres();

/** Runs one statement on `url` outside the code under test. */
async function direct(url: string, text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const TABLES = ["accounts", "audit_events", "instances", "job_files", "jobs", "rate_limits", "schema_migrations", "sessions"];

describe("PostgreSQL migrations", () => {
  it("applies each migration exactly once when two instances open one fresh database at the same moment", async () => {
    const url = await postgres.createDatabase();
    const [a, b] = await Promise.all([openPostgres({ url }), openPostgres({ url })]);
    try {
      const versions = await direct(url, "SELECT version FROM schema_migrations ORDER BY version");
      expect(versions.map((row) => row.version)).toEqual(POSTGRES_MIGRATIONS.map((_, index) => index + 1));
      const tables = await direct(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
      expect(tables.map((row) => row.table_name)).toEqual(TABLES);
      // Both answer over the same schema: what one writes, the other reads.
      await a.run("INSERT INTO instances (id, started_at, seen_at) VALUES (?, ?, ?)", ["a", "2026-12-07T05:00:00.000Z", 1]);
      expect(await b.get("SELECT id FROM instances")).toEqual({ id: "a" });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    // A third start on the up-to-date database applies nothing.
    const c = await openPostgres({ url });
    await c.close();
    expect(await direct(url, "SELECT count(*)::int AS n FROM schema_migrations")).toEqual([{ n: POSTGRES_MIGRATIONS.length }]);
  });

  it("refuses a database migrated by a newer release, and leaves no connection open", async () => {
    const url = await postgres.createDatabase();
    const newer = POSTGRES_MIGRATIONS.length + 1;
    await direct(url, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)");
    await direct(url, "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [newer, "2030-01-01T00:00:00.000Z"]);

    const opening = openPostgres({ url });
    await expect(opening).rejects.toThrow("newer than this Switchboard knows");
    await expect(opening).rejects.toThrow(schemaTooNew(newer, POSTGRES_MIGRATIONS.length).message);

    const database = new URL(url).pathname.slice(1);
    const deadline = Date.now() + 5000;
    let open: Record<string, unknown>[];
    do {
      open = await direct(postgres.server().url(), "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'switchboard'", [database]);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the pause between polls is the condition's last, always-true term
    } while (open.length > 0 && Date.now() < deadline && (await new Promise((resolve) => setTimeout(resolve, 50)), true));
    expect(open).toEqual([]);
    // Nothing of the refused release's schema was touched.
    expect(await direct(url, "SELECT to_regclass('accounts') AS accounts")).toEqual([{ accounts: null }]);
  });

  it("gives rate-limiter-flexible the table it expects, shared by every instance", async () => {
    const url = await postgres.createDatabase();
    const [a, b] = await Promise.all([openPostgres({ url }), openPostgres({ url })]);
    try {
      const limiter = (sql: typeof a) =>
        new RateLimiterPostgres({
          storeClient: sql.pool,
          tableName: "rate_limits",
          tableCreated: true,
          clearExpiredByTimeout: false,
          points: 3,
          duration: 60,
        });
      await limiter(a).consume("sign-in:admin");
      await limiter(b).consume("sign-in:admin");
      const third = await limiter(a).consume("sign-in:admin");
      expect(third.remainingPoints).toBe(0);
      await expect(limiter(b).consume("sign-in:admin")).rejects.toMatchObject({ remainingPoints: 0 });
      const [row] = await direct(url, "SELECT key, points, expire FROM rate_limits");
      expect(row).toMatchObject({ key: "rlflx:sign-in:admin", points: 4 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
