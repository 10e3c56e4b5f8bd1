import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrations.ts";

export type Db = Database.Database;

/** Opens (and migrates) the store: `:memory:` for tests, else `<dataDir>/switchboard.db`. */
export function openDatabase(dataDir: string | ":memory:"): Db {
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
  migrate(db);
  return db;
}
