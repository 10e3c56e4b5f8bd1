import type { DatabaseConfig } from "../config/env.ts";
import { openPostgres } from "./postgres.ts";
import type { Sql } from "./sql.ts";
import { openSqlite } from "./sqlite.ts";

/** What a PostgreSQL store shows the metrics: its pool's connections. */
export type PoolStats = { total: number; idle: number; waiting: number };

/** The store the app is given: PostgreSQL's also tells its pool's use (the metrics' gauge). */
export type Db = Sql & { readonly poolStats?: () => PoolStats };

/**
 * Opens (and migrates) the store: SQLite in `dataDir` (`:memory:` for tests), or PostgreSQL at DATABASE_URL
 * (decision 022). `onPoolError` hears of a PostgreSQL connection that died while idle.
 */
export async function openDatabase(
  config: DatabaseConfig | ":memory:" | string,
  options: { onPoolError?: (error: Error) => void } = {},
): Promise<Db> {
  if (typeof config === "string") return openSqlite(config);
  if (config.kind === "sqlite") return openSqlite(config.dataDir);
  const db = await openPostgres({
    url: config.url,
    poolMax: config.poolMax,
    statementTimeoutMs: config.statementTimeoutMs,
    ...(options.onPoolError ? { onPoolError: options.onPoolError } : {}),
  });
  return Object.assign(db, { poolStats: () => ({ total: db.pool.totalCount, idle: db.pool.idleCount, waiting: db.pool.waitingCount }) });
}
