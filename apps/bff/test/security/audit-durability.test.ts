import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { request, createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { startSimulator } from "@switchboard/bpcc-sim";
import { AuditPageSchema } from "@switchboard/contracts";
import { openDatabase } from "../../src/db/database.ts";
import { PASSWORD, startHarness } from "../harness.ts";

// Guarantee 8, durability: the record is committed (visible to another connection to the file) by
// the time the client receives the answer, and an attempt cut off by a crash stays `pending`.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-audit-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const StoredOutcomeSchema = z.object({ outcome: z.string(), status: z.number().nullable() });

/** Reads the file through a connection of its own: only a committed record can be seen this way. */
function committedRecord(dataDir: string, requestId: string): { outcome: string; status: number | null } | undefined {
  const reader = new Database(join(dataDir, "switchboard.db"), { readonly: true, fileMustExist: true });
  try {
    const row: unknown = reader.prepare("SELECT outcome, status FROM audit_events WHERE request_id = ?").get(requestId);
    return row === undefined ? undefined : StoredOutcomeSchema.parse(row);
  } finally {
    reader.close();
  }
}

describe("an audit record", () => {
  it("is committed, outcome and all, when the client receives the answer", async () => {
    const dataDir = tempDataDir();
    const h = await startHarness({ db: openDatabase(dataDir) });
    cleanups.push(() => h.close());
    const body = JSON.stringify({ username: "admin", password: PASSWORD });
    const seenAtAnswer = await new Promise<ReturnType<typeof committedRecord>>((done, fail) => {
      const req = request(`${h.baseUrl}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "same-origin", "X-Request-Id": "durable-request-0001" },
      });
      // The moment the status line and headers arrive, before the body is even read.
      req.on("response", (res) => {
        done(committedRecord(dataDir, "durable-request-0001"));
        res.resume();
      });
      req.on("error", fail);
      req.end(body);
    });
    expect(seenAtAnswer).toEqual({ outcome: "succeeded", status: 200 });
  });

  it("stays `pending` when the process dies in the middle of the request", async () => {
    const dataDir = tempDataDir();
    const sim = await startSimulator({ users: 10 });
    cleanups.push(() => sim.close());
    const port = await freePort();
    const child = spawn(process.execPath, [resolve(import.meta.dirname, "../../src/server.ts")], {
      cwd: dataDir,
      env: {
        PATH: process.env["PATH"],
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        BPCC_BASE_URL: sim.baseUrl,
        BPCC_CLIENT_ID: sim.credentials.clientId,
        BPCC_CLIENT_SECRET: sim.credentials.clientSecret,
        BPCC_SCOPE: sim.credentials.scope,
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    cleanups.push(() => void child.kill("SIGKILL"));
    await waitForOutput(child.stdout, "switchboard listening");

    // A sign-in whose body never finishes arriving: the attempt is on disk, the outcome never will be.
    const socket = connect(port, "127.0.0.1");
    cleanups.push(() => void socket.destroy());
    await once(socket, "connect");
    socket.write(
      "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nSec-Fetch-Site: same-origin\r\n" +
        "X-Request-Id: interrupted-request-0001\r\nContent-Length: 200\r\n\r\n" +
        '{"username":"adm',
    );
    expect(await waitFor(() => committedRecord(dataDir, "interrupted-request-0001"))).toEqual({ outcome: "pending", status: null });

    child.kill("SIGKILL");
    await once(child, "exit");

    // Whoever opens the store next reads the attempt in the trail, as pending.
    const after = await startHarness({ db: openDatabase(dataDir) });
    cleanups.push(() => after.close());
    const { agent } = await after.signIn("admin");
    const page = AuditPageSchema.parse((await agent.get("/api/audit?action=http.post")).body);
    expect(page.records.find((r) => r.requestId === "interrupted-request-0001")).toMatchObject({ outcome: "pending", status: null, target: "/api/session" });
  });
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

async function waitForOutput(stream: NodeJS.ReadableStream, text: string): Promise<void> {
  let seen = "";
  for await (const chunk of stream) {
    seen += String(chunk);
    if (seen.includes(text)) return;
  }
  throw new Error(`the server stopped before printing "${text}":\n${seen}`);
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5_000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = probe();
    if (value !== undefined) return value;
    await sleep(10);
  }
  return undefined;
}
