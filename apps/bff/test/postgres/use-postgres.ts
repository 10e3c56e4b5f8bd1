/**
 * Vitest helper: one real PostgreSQL server per test file (started in beforeAll, destroyed in afterAll),
 * a fresh empty database for each test that asks for one.
 */
import { afterAll, beforeAll, vi } from "vitest";
import { type PostgresServer, startPostgres } from "./pg-server.ts";

export interface UsePostgres {
  /** The running server (stop/start it for fault tests). */
  server(): PostgresServer;
  /** The URL of a fresh, empty database. */
  createDatabase(): Promise<string>;
}

export function usePostgres(): UsePostgres {
  // A real server's stops, starts and reconnects take seconds on a busy 2-core CI machine.
  vi.setConfig({ testTimeout: 30_000 });
  let started: PostgresServer | undefined;
  beforeAll(async () => {
    started = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await started?.destroy();
  }, 60_000);
  const server = () => {
    if (!started) throw new Error("usePostgres(): the server starts in beforeAll; ask for it inside a test");
    return started;
  };
  return { server, createDatabase: () => server().createDatabase() };
}
