import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { startSimulator } from "@switchboard/bpcc-sim";
import { AuditPageSchema } from "@switchboard/contracts";
import supertest from "supertest";
import { INTERRUPTED_REASON } from "../../src/audit/interrupted-records.ts";
import { openDatabase } from "../../src/db/database.ts";
import { PASSWORD, SAME_ORIGIN, startHarness } from "../harness.ts";
import { startServerProcess, waitFor } from "../server-process.ts";

// Guarantee 8, durability: the record is committed (visible to another connection to the file) by
// the time the client receives the answer, and an attempt cut off by a crash stays `pending` until the
// next start, which marks it `interrupted` (its outcome unknown) before it listens.

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
    const h = await startHarness({ db: await openDatabase(dataDir) });
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

  it("is marked interrupted at the next start when the process died in the middle of the request", { timeout: 30_000 }, async () => {
    const dataDir = tempDataDir();
    const sim = await startSimulator({ users: 10 });
    cleanups.push(() => sim.close());
    const first = await startServer(dataDir, sim);
    const done = await first.signIn("completed-before-crash-01");
    expect(done.status).toBe(200);

    // An admin's change whose body never finishes arriving: the attempt is on disk, the outcome never will be.
    await startHalfRequest(first.port, "interrupted-request-0001", sessionOf(done));
    expect(await waitFor(() => committedRecord(dataDir, "interrupted-request-0001"))).toEqual({ outcome: "pending", status: null });
    first.child.kill("SIGKILL");
    await once(first.child, "exit");

    // The next start marks it before it listens, and says how many it marked.
    const second = await startServer(dataDir, sim);
    expect(committedRecord(dataDir, "interrupted-request-0001")).toEqual({ outcome: "interrupted", status: null });
    const logged = second.output().split("\n").filter((line) => line.includes("marked interrupted")).map((line): unknown => JSON.parse(line));
    expect(logged).toEqual([expect.objectContaining({ level: 40, count: 1 })]);

    // The Audit API reads it so, with its reason; what had finished, and what this process writes, keep their outcome.
    const agent = supertest.agent(second.baseUrl);
    const signedIn = await agent.post("/api/session").set(SAME_ORIGIN).set("X-Request-Id", "after-restart-0001").send(ADMIN);
    expect(signedIn.status).toBe(200);
    await startHalfRequest(second.port, "pending-after-restart-01", sessionOf(signedIn));
    expect(await waitFor(() => committedRecord(dataDir, "pending-after-restart-01"))).toEqual({ outcome: "pending", status: null });
    const res = await agent.get("/api/audit?limit=500");
    expect(res.status).toBe(200);
    const byRequest = new Map(AuditPageSchema.parse(res.body).records.map((r) => [r.requestId, r]));
    expect(byRequest.get("interrupted-request-0001")).toMatchObject({ outcome: "interrupted", status: null, actor: "admin", target: "/api/accounts", reason: INTERRUPTED_REASON });
    expect(byRequest.get("completed-before-crash-01")).toMatchObject({ outcome: "succeeded", status: 200, reason: null });
    expect(byRequest.get("after-restart-0001")).toMatchObject({ outcome: "succeeded", status: 200 });
    expect(byRequest.get("pending-after-restart-01")).toMatchObject({ outcome: "pending", status: null });
  });
});

describe("a request under way when the server is told to stop", () => {
  it("is answered and its outcome written before the process exits, even when the signal comes twice", { timeout: 30_000 }, async () => {
    const dataDir = tempDataDir();
    const sim = await startSimulator({ users: 10, latencyMs: 1_000 });
    cleanups.push(() => sim.close());
    const server = await startServer(dataDir, sim);
    const agent = supertest.agent(server.baseUrl);
    const signedIn = await agent.post("/api/session").set(SAME_ORIGIN).send(ADMIN);
    const csrfToken = z.object({ csrfToken: z.string() }).parse(signedIn.body).csrfToken;
    const { users } = z.object({ users: z.array(z.object({ loginId: z.string() })) }).parse((await agent.get("/api/directory")).body);

    const unlock = agent
      .delete(`/api/users/${encodeURIComponent(users[0]?.loginId ?? "")}/lock`)
      .set(SAME_ORIGIN)
      .set("X-CSRF-Token", csrfToken)
      .set("X-Request-Id", "unlock-at-shutdown-01")
      .then((res) => res.status);
    expect(await waitFor(() => committedRecord(dataDir, "unlock-at-shutdown-01"))).toEqual({ outcome: "pending", status: null });
    const exited = once(server.child, "exit");
    // As a Ctrl-C under `pnpm start` arrives: from the terminal, and passed on by the launcher.
    server.child.kill("SIGINT");
    server.child.kill("SIGINT");

    expect(await unlock).toBe(200);
    expect(await exited).toEqual([0, null]);
    expect(committedRecord(dataDir, "unlock-at-shutdown-01")).toEqual({ outcome: "succeeded", status: 200 });
  });
});

describe("a job under way when the server is told to stop (SIGTERM)", () => {
  it("finishes the users under way, starts no more, is recorded interrupted with its count, and the process exits 0", { timeout: 30_000 }, async () => {
    const dataDir = tempDataDir();
    const sim = await startSimulator({ users: 10, latencyMs: 800 });
    cleanups.push(() => sim.close());
    const server = await startServer(dataDir, sim, { BPCC_CONCURRENCY: "4" });
    const agent = supertest.agent(server.baseUrl);
    const signedIn = await agent.post("/api/session").set(SAME_ORIGIN).send(ADMIN);
    const csrfToken = z.object({ csrfToken: z.string() }).parse(signedIn.body).csrfToken;
    const started = await agent.post("/api/locks/scan").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
    expect(started.status).toBe(202);
    const jobId = String(started.headers["location"]).split("/").at(-1) ?? "";
    const exited = once(server.child, "exit");
    await sleep(200);
    server.child.kill("SIGTERM");
    expect(await exited).toEqual([0, null]);
    const reader = new Database(join(dataDir, "switchboard.db"), { readonly: true, fileMustExist: true });
    try {
      const job = z.object({ state: z.string(), done: z.number(), total: z.number() }).parse(reader.prepare("SELECT state, done, total FROM jobs WHERE id = ?").get(jobId));
      // The first four reads were under way: they finished; the other six never started.
      expect(job).toEqual({ state: "interrupted", done: 4, total: 10 });
    } finally {
      reader.close();
    }
  });
});

const ADMIN = { username: "admin", password: PASSWORD };

/** `server.ts` in a process of its own, against the simulator, with an admin account; resolves once it listens. */
async function startServer(dataDir: string, sim: Awaited<ReturnType<typeof startSimulator>>, env: Record<string, string> = {}) {
  const server = await startServerProcess(
    {
      cwd: dataDir,
      env: {
        DATA_DIR: dataDir,
        BPCC_BASE_URL: sim.baseUrl,
        BPCC_CLIENT_ID: sim.credentials.clientId,
        BPCC_CLIENT_SECRET: sim.credentials.clientSecret,
        BPCC_SCOPE: sim.credentials.scope,
        DASHBOARD_ADMIN_USER: ADMIN.username,
        DASHBOARD_ADMIN_PASSWORD: ADMIN.password,
        ...env,
      },
    },
    cleanups,
  );
  return {
    ...server,
    signIn: (requestId: string) => supertest(server.baseUrl).post("/api/session").set(SAME_ORIGIN).set("X-Request-Id", requestId).send(ADMIN),
  };
}

/** The session cookie and CSRF token a sign-in answered. */
function sessionOf(res: { headers: Record<string, unknown>; body: unknown }): { cookie: string; csrfToken: string } {
  const setCookie = z.array(z.string()).parse(res.headers["set-cookie"]);
  return { cookie: setCookie.map((c) => c.split(";")[0]).join("; "), csrfToken: z.object({ csrfToken: z.string() }).parse(res.body).csrfToken };
}

/**
 * Sends the headers of a signed-in admin's account creation and the start of its body, and never the rest
 * (an anonymous request is recorded only once a route names it, after its body has arrived).
 */
async function startHalfRequest(port: number, requestId: string, session: { cookie: string; csrfToken: string }): Promise<void> {
  const socket = connect(port, "127.0.0.1");
  cleanups.push(() => void socket.destroy());
  await once(socket, "connect");
  socket.write(
    "POST /api/accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nSec-Fetch-Site: same-origin\r\n" +
      `Cookie: ${session.cookie}\r\nX-CSRF-Token: ${session.csrfToken}\r\n` +
      `X-Request-Id: ${requestId}\r\nContent-Length: 200\r\n\r\n` +
      '{"username":"adm',
  );
}
