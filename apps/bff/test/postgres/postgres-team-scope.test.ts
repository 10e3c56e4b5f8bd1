/**
 * Team scopes (decision 023) on PostgreSQL: an account's teams written by the store, and read with the
 * role by the sessions store at every request, as on SQLite.
 */
import { afterEach, expect, it } from "vitest";
import { createAccountsStore } from "../../src/auth/accounts-store.ts";
import { createSessionsStore } from "../../src/auth/sessions-store.ts";
import { openPostgres } from "../../src/db/postgres.ts";
import type { Sql } from "../../src/db/sql.ts";
import { usePostgres } from "./use-postgres.ts";

const postgres = usePostgres();
let sql: Sql | undefined;
afterEach(async () => sql?.close());

it("stores an account's teams and gives them to its session at the next request", async () => {
  sql = await openPostgres({ url: await postgres.createDatabase() });
  const accounts = createAccountsStore(sql);
  const sessions = createSessionsStore(sql);
  const limits = { idleMs: 60_000, maxMs: 3_600_000 };
  await accounts.create({ username: "desk", passwordHash: "hash", role: "helpdesk", teams: ["Sales East"] });
  const { id } = await sessions.create("desk", Date.now());
  expect((await sessions.resolve(id, Date.now(), limits))?.teams).toEqual(["Sales East"]);
  await accounts.update("DESK", { teams: ["Sales West", "Billing"] });
  expect((await sessions.resolve(id, Date.now(), limits))?.teams).toEqual(["Sales West", "Billing"]);
  await accounts.update("desk", { teams: null });
  expect((await sessions.resolve(id, Date.now(), limits))?.teams).toBeNull();
  expect((await accounts.find("desk"))?.teams).toBeNull();
});
