import type pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Sql } from "../db/sql.ts";

/**
 * Where the BFF's rate limiters count (rate-limiter-flexible; docs/decisions/022-where-the-bff-keeps-its-state.md):
 * in PostgreSQL's `rate_limits` table when the BFF keeps its state there, so that every instance counts
 * together; in memory on SQLite, where there is one instance by definition. A PostgreSQL limiter falls back to
 * counting in memory while the database is away (`insuranceLimiter`), rather than refusing or letting all through.
 */
export type Limiters = (options: { keyPrefix: string; points: number; durationMs: number }) => RateLimiterAbstract;

export function limitersFor(db: Sql): Limiters {
  const pool = db.kind === "postgres" && "pool" in db ? (db.pool as pg.Pool) : undefined;
  return ({ keyPrefix, points, durationMs }) => {
    const options = { keyPrefix, points, duration: durationMs / 1000 };
    if (!pool) return new RateLimiterMemory(options);
    return new RateLimiterPostgres({
      ...options,
      storeClient: pool,
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  };
}

/** A refusal (the limit is spent) as rate-limiter-flexible rejects it; anything else it rejects with is an error. */
export function refusal(error: unknown): RateLimiterRes | undefined {
  return error instanceof RateLimiterRes ? error : undefined;
}
