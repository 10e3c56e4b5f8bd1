/**
 * The one way the BFF's stores reach a database (docs/decisions/022-where-the-bff-keeps-its-state.md):
 * SQLite (better-sqlite3, the embedded default) or PostgreSQL (pg, `DATABASE_URL`). A store writes its SQL
 * once, with `?` placeholders, in the dialect both engines share; `ci()` is the one difference a store names.
 */
export type SqlParam = string | number | null | Uint8Array;

export interface SqlRunResult {
  /** Rows the statement changed. */
  changes: number;
}

export interface Sql {
  readonly kind: "sqlite" | "postgres";
  /** Every row, as the driver gives it (a store parses each with zod). */
  all(sql: string, params?: readonly SqlParam[]): Promise<unknown[]>;
  /** The first row, or undefined. */
  get(sql: string, params?: readonly SqlParam[]): Promise<unknown>;
  run(sql: string, params?: readonly SqlParam[]): Promise<SqlRunResult>;
  /**
   * Runs `work` in one transaction on one connection: every statement through `tx`, committed together
   * or not at all. `exclusive` names a lock that one transaction holds at a time, from its first read
   * (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory transaction lock on the name), for check-then-write.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>, options?: { exclusive?: string }): Promise<T>;
  /** `expr` compared without regard to case: SQLite's NOCASE; PostgreSQL's columns carry a case-insensitive collation. */
  ci(expr: string): string;
  /** Answers when the database does; throws DatabaseUnavailable when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The database could not be reached or did not answer in time. Requests that need it answer 503 with
 * a problem (errors/error-middleware.ts); the message names no host, user or password.
 */
export class DatabaseUnavailable extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`The database is unavailable: ${reason}`, options);
    this.name = "DatabaseUnavailable";
  }
}
