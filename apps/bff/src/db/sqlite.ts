import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrateSqlite } from "./migrations.ts";
import type { Sql, SqlParam } from "./sql.ts";

type Statement = Database.Statement;

/**
 * One connection, synchronous underneath: a statement runs to its end before the promise is made. While a
 * transaction is open (its work may await between statements) every other statement waits for it, so
 * nothing outside joins it by accident.
 */
function sqliteSql(db: Database.Database): Sql {
  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  let open: Promise<void> | undefined;
  const idle = async () => {
    while (open) await open;
  };
  const direct = {
    all: (sql: string, params: readonly SqlParam[] = []) => prepare(sql).all(...params),
    get: (sql: string, params: readonly SqlParam[] = []) => prepare(sql).get(...params),
    run: (sql: string, params: readonly SqlParam[] = []) => ({ changes: prepare(sql).run(...params).changes }),
  };
  const ci = (expr: string) => `${expr} COLLATE NOCASE`;
  const close = async () => void db.close();
  const ping = async () => void prepare("SELECT 1").get();
  const inTransaction: Sql = {
    kind: "sqlite",
    all: async (sql, params) => direct.all(sql, params),
    get: async (sql, params) => direct.get(sql, params),
    run: async (sql, params) => direct.run(sql, params),
    transaction: (work) => work(inTransaction),
    ci,
    ping,
    close,
  };
  return {
    kind: "sqlite",
    async all(sql, params) {
      if (open) await idle();
      return direct.all(sql, params);
    },
    async get(sql, params) {
      if (open) await idle();
      return direct.get(sql, params);
    },
    async run(sql, params) {
      if (open) await idle();
      return direct.run(sql, params);
    },
    async transaction(work, options = {}) {
      // Checked and taken in one synchronous step after the last wait: two transactions never both begin.
      while (open) await open;
      let release = () => {};
      open = new Promise((resolve) => (release = resolve));
      try {
        db.exec(options.exclusive ? "BEGIN IMMEDIATE" : "BEGIN");
        const result = await work(inTransaction);
        db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      } finally {
        open = undefined;
        release();
      }
    },
    ci,
    ping,
    close,
  };
}

/** Opens (and migrates) the embedded store: `:memory:` for tests, else `<dataDir>/switchboard.db`. */
export function openSqlite(dataDir: string | ":memory:"): Sql {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    file = join(dataDir, "switchboard.db");
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // FULL: an audit record is on disk before the answer that it describes leaves the BFF.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  try {
    migrateSqlite(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return sqliteSql(db);
}

/** A store at an older migration, for the test that migrates one (db/migrations.test.ts). */
export function sqliteAt(db: Database.Database): Sql {
  return sqliteSql(db);
}
