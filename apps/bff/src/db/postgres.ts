/**
 * The PostgreSQL side of the `Sql` interface (sql.ts), chosen when `DATABASE_URL` is set: a bounded
 * `pg.Pool` with a statement timeout, the stores' `?` placeholders translated to `$n`, bigint read as a
 * number, and every way of not reaching the server turned into `DatabaseUnavailable` with a reason that
 * names no host, user, password or URL. Opening it applies the PostgreSQL migrations (migrations-postgres.ts).
 */
import pg from "pg";
import { migratePostgres } from "./migrations-postgres.ts";
import { DatabaseUnavailable, type Sql, type SqlParam } from "./sql.ts";

export interface PostgresOptions {
  url: string;
  /** Connections at most (each instance); default 10. */
  poolMax?: number;
  /** A statement running longer is cancelled by the server (57014 → DatabaseUnavailable); default 5000. */
  statementTimeoutMs?: number;
  /** Waiting longer for a connection (a new one, or a free one from the pool) fails; default 10000. */
  connectTimeoutMs?: number;
  /** An idle connection died (the server restarted, the network dropped): reported, never thrown. */
  onPoolError?: (error: Error) => void;
}

const INT8_OID = 20;
/** int8 columns are ms timestamps and ids, far below 2^53: read as numbers, not strings. */
/* eslint-disable @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-enum-assignment -- pg-types' registry is untyped; this is its typed edge */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID && format !== "binary"
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? "text")) as pg.CustomTypesConfig["getTypeParser"],
};
/* eslint-enable @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-enum-assignment */

const translations = new Map<string, string>();
/** `?` → `$1..$n`, outside single-quoted literals and double-quoted names; cached per statement text. */
export function toPositional(sql: string): string {
  let text = translations.get(sql);
  if (text !== undefined) return text;
  // A store's statements are few; a search builds some from its filters. Bounded all the same.
  if (translations.size >= 1000) translations.clear();
  let out = "";
  let quote: string | undefined;
  let n = 0;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === "?") {
      out += `$${++n}`;
      continue;
    }
    out += char;
  }
  text = out;
  translations.set(sql, text);
  return text;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EPIPE: "connection lost",
};
const SERVER_CODES: Record<string, string> = {
  "57P01": "the server is shutting down",
  "57P02": "the server is shutting down",
  "57P03": "the server is not accepting connections yet",
  "57014": "a statement timed out",
  "53300": "too many connections",
  "25P03": "a transaction stayed idle too long",
  // The server's own messages for these name the user, the database or the client's address.
  "28P01": "the server refused the credentials",
  "28000": "the server refused the connection",
  "3D000": "the database does not exist",
};
const CONNECT_TIMEOUT = "no connection within the connect timeout";
const MESSAGES: readonly [RegExp, string][] = [
  [/timeout exceeded when trying to connect/i, CONNECT_TIMEOUT],
  [/Connection terminated due to connection timeout/i, CONNECT_TIMEOUT],
  [/Connection terminated|not queryable|Connection ended/i, "the connection was lost"],
  [/Query read timeout/i, "the server did not answer in time"],
];

/** The short, secret-free reason when `error` means the database cannot be reached; else undefined. */
export function unavailableReason(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    const reason = NETWORK_CODES[code] ?? SERVER_CODES[code];
    if (reason) return `${reason} (${code})`;
    if (code.startsWith("08")) return `the connection failed (${code})`;
  }
  for (const [pattern, reason] of MESSAGES) if (pattern.test(error.message)) return reason;
  return undefined;
}

/**
 * DatabaseUnavailable or the error unchanged: for whatever else uses `pool` (RateLimiterPostgres), whose
 * raw driver errors may name the host. No cause is attached: a driver's message may name the host
 * (`connect ECONNREFUSED 10.0.0.5:5432`), and a logger that prints causes would print it.
 */
export function classifyDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseUnavailable) return error;
  const reason = unavailableReason(error);
  return reason ? new DatabaseUnavailable(reason) : error;
}

async function query(on: pg.Pool | pg.PoolClient, sql: string, params: readonly SqlParam[] = []) {
  try {
    return await on.query<Record<string, unknown>>({ text: toPositional(sql), values: params as SqlParam[] });
  } catch (error) {
    throw classifyDatabaseError(error);
  }
}

async function connect(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    // Every connection open and busy the whole wait: the database is up, this instance is saturated.
    if (pool.totalCount >= pool.options.max && unavailableReason(error) === CONNECT_TIMEOUT) {
      throw new DatabaseUnavailable("every connection of the pool stayed busy (DATABASE_POOL_MAX)");
    }
    throw classifyDatabaseError(error);
  }
}

function postgresSql(pool: pg.Pool): Sql & { pool: pg.Pool } {
  const ci = (expr: string) => expr;
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= pool.end());
  const ping = async () => void (await query(pool, "SELECT 1"));

  /** One connection, borrowed for a statement or a transaction; destroyed rather than returned when broken. */
  const withClient = async <T>(use: (client: pg.PoolClient, discard: () => void) => Promise<T>) => {
    const client = await connect(pool);
    let broken = false;
    // The pool listens for errors on idle connections only: one that dies while borrowed (the server shut
    // down between two statements) would emit an unhandled 'error' and end the process.
    const died = () => void (broken = true);
    client.on("error", died);
    try {
      return await use(client, () => (broken = true));
    } catch (error) {
      if (error instanceof DatabaseUnavailable) broken = true;
      throw error;
    } finally {
      client.off("error", died);
      client.release(broken ? true : undefined);
    }
  };

  const on = (client: pg.PoolClient): Sql => {
    const tx: Sql = {
      kind: "postgres",
      all: async (sql, params) => (await query(client, sql, params)).rows,
      get: async (sql, params) => (await query(client, sql, params)).rows[0],
      run: async (sql, params) => ({ changes: (await query(client, sql, params)).rowCount ?? 0 }),
      transaction: (work) => work(tx),
      ci,
      ping,
      close,
    };
    return tx;
  };

  return {
    kind: "postgres",
    pool,
    all: (sql, params) => withClient(async (client) => (await query(client, sql, params)).rows),
    get: (sql, params) => withClient(async (client) => (await query(client, sql, params)).rows[0]),
    run: (sql, params) =>
      withClient(async (client) => ({ changes: (await query(client, sql, params)).rowCount ?? 0 })),
    transaction: (work, options = {}) =>
      withClient(async (client, discard) => {
        await query(client, "BEGIN");
        try {
          if (options.exclusive) await query(client, "SELECT pg_advisory_xact_lock(hashtext(?))", [options.exclusive]);
          const result = await work(on(client));
          await query(client, "COMMIT");
          return result;
        } catch (error) {
          // A connection that failed is destroyed (its transaction dies with it); any other is rolled back,
          // and destroyed too if even that fails. The error the work met is the one thrown.
          if (error instanceof DatabaseUnavailable) throw error;
          await query(client, "ROLLBACK").catch(discard);
          throw error;
        }
      }),
    ci,
    ping,
    close,
  };
}

/** Opens the pool, applies the migrations (ending the pool if they fail), and answers with the store. */
export async function openPostgres(options: PostgresOptions): Promise<Sql & { pool: pg.Pool }> {
  const statementTimeoutMs = options.statementTimeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    // Also how long a statement waits for a free connection when all are busy: under a burst (bench row
    // 16: 200 clients on a pool of 10) a short bound answered 503 "database unavailable" while the database
    // was fine. 10 s keeps a queued request inside the request's own deadline (12 s); an unreachable server
    // still fails at once (connection refused) or when the TCP connect gives up.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    // A backstop for a server that went silent (no RST): the client gives up a little after the server would.
    query_timeout: statementTimeoutMs + 2000,
    // A transaction left open (a bug, a hung await) gives its locks back instead of holding them forever.
    idle_in_transaction_session_timeout: Math.max(60_000, statementTimeoutMs * 4),
    application_name: "switchboard",
    keepAlive: true,
    types,
  });
  pool.on("error", (error) => {
    const reason = unavailableReason(error) ?? "an idle connection failed";
    options.onPoolError?.(new DatabaseUnavailable(reason));
  });
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw classifyDatabaseError(error);
  }
  return postgresSql(pool);
}
