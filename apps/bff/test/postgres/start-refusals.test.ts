/**
 * An instance that cannot use its PostgreSQL says so in one line and exits 1 — never a stack trace, never
 * the URL's password or host: the database unreachable, or migrated by a newer release than itself.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../server-process.ts";
import { usePostgres } from "./use-postgres.ts";

const postgres = usePostgres();
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function start(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-refusal-"));
  folders.push(dir);
  const child = spawn(process.execPath, [resolve(import.meta.dirname, "../../src/server.ts")], {
    cwd: dir,
    env: { PATH: process.env["PATH"], PORT: String(await freePort()), HOST: "127.0.0.1", DATA_DIR: dir, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const [code] = await once(child, "exit");
  return { code: code as number | null, output };
}

describe("an instance refused its database", () => {
  it("when it is unreachable: one line, exit 1, no password, no host", async () => {
    const port = await freePort();
    const { code, output } = await start(`postgres://switchboard:s3cret-pw@127.0.0.1:${port}/switchboard`);
    expect(code).toBe(1);
    expect(output.trim()).toBe("Switchboard cannot start. The database is unavailable: connection refused (ECONNREFUSED)");
    expect(output).not.toContain("s3cret-pw");
    expect(output).not.toContain(String(port));
  });

  it("when a newer release migrated it: names both versions, exit 1", async () => {
    const url = await postgres.createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at text)");
      await client.query("INSERT INTO schema_migrations VALUES (1000, 'later')");
    } finally {
      await client.end();
    }
    const { code, output } = await start(url);
    expect(code).toBe(1);
    expect(output).toMatch(/^Switchboard cannot start\. The database's schema is version 1000, newer than this Switchboard knows \(\d+\)/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
