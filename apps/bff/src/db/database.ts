import type { Sql } from "./sql.ts";
import { openSqlite } from "./sqlite.ts";

export type Db = Sql;

/** Opens (and migrates) the store: `:memory:` for tests, else `<dataDir>/switchboard.db`. */
export async function openDatabase(dataDir: string | ":memory:"): Promise<Db> {
  return openSqlite(dataDir);
}
