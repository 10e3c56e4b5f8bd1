/**
 * Two BFF processes on one PostgreSQL behave as one (issue 15, point 2): started at the same moment they
 * migrate once; a session made on A works on B, and ends on B when A signs it out or disables its account;
 * failed sign-ins spread over both are throttled as if on one; B's audit search shows A's changes in order;
 * a job started on A is followed on B. Real processes (server.ts), a real PostgreSQL, one simulator.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import supertest from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startSimulator } from "@switchboard/bpcc-sim";
import { AuditPageSchema, JobSchema } from "@switchboard/contracts";
import { PASSWORD, SAME_ORIGIN } from "../harness.ts";
import { startServerProcess, waitFor, type ServerProcess } from "../server-process.ts";
import { usePostgres } from "./use-postgres.ts";

const postgres = usePostgres();
const cleanups: (() => unknown)[] = [];
let a: ServerProcess;
let b: ServerProcess;
let url: string;

beforeAll(async () => {
  url = await postgres.createDatabase();
  const sim = await startSimulator({ users: 20, seed: 3, host: "127.0.0.1", port: 0 });
  cleanups.push(() => sim.close());
  const instance = () => {
    const dir = mkdtempSync(join(tmpdir(), "switchboard-two-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const env = {
      DATABASE_URL: url,
      DATA_DIR: dir,
      BPCC_BASE_URL: sim.baseUrl,
      BPCC_CLIENT_ID: sim.credentials.clientId,
      BPCC_CLIENT_SECRET: sim.credentials.clientSecret,
      BPCC_SCOPE: sim.credentials.scope,
      DASHBOARD_ADMIN_USER: "admin",
      DASHBOARD_ADMIN_PASSWORD: PASSWORD,
    };
    return startServerProcess({ cwd: dir, env }, cleanups);
  };
  // At the same moment: both migrate, both ensure the bootstrap admin.
  [a, b] = await Promise.all([instance(), instance()]);
}, 90_000);

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const CsrfSchema = z.object({ csrfToken: z.string() });

async function signIn(on: ServerProcess, username: string, password = PASSWORD) {
  const res = await supertest(on.baseUrl).post("/api/session").set(SAME_ORIGIN).send({ username, password });
  expect(res.status, res.text).toBe(200);
  const cookie = z.array(z.string()).parse(res.headers["set-cookie"]).map((c) => c.split(";")[0]).join("; ");
  return { cookie, csrfToken: CsrfSchema.parse(res.body).csrfToken };
}

type Session = Awaited<ReturnType<typeof signIn>>;
const get = (on: ServerProcess, path: string, session: Session) => supertest(on.baseUrl).get(path).set("Cookie", session.cookie);
const write = (on: ServerProcess, method: "post" | "patch" | "delete", path: string, session: Session) =>
  supertest(on.baseUrl)[method](path).set(SAME_ORIGIN).set("Cookie", session.cookie).set("X-CSRF-Token", session.csrfToken);

describe("two instances on one PostgreSQL", () => {
  it("migrated once, though started at the same moment", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT version, count(*)::int AS times FROM schema_migrations GROUP BY version ORDER BY version");
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row: { times: number }) => row.times === 1)).toBe(true);
      const instances = await client.query("SELECT count(*)::int AS n FROM instances");
      expect(instances.rows[0]).toEqual({ n: 2 });
    } finally {
      await client.end();
    }
    expect(a.output()).not.toMatch(/"level":50/);
    expect(b.output()).not.toMatch(/"level":50/);
  });

  it("a session made on A works on B, and signing out on A ends it on B", async () => {
    const session = await signIn(a, "admin");
    expect((await get(b, "/api/session", session)).body).toMatchObject({ account: { username: "admin", role: "admin" } });
    expect((await write(a, "delete", "/api/session", session)).status).toBe(204);
    expect((await get(b, "/api/session", session)).status).toBe(401);
  });

  it("disabling an account on A ends its sessions on B at the next request", async () => {
    const admin = await signIn(a, "admin");
    const created = await write(a, "post", "/api/accounts", admin).send({ username: "desk.one", password: "tangerine harbour lights", role: "helpdesk" });
    expect(created.status, created.text).toBe(201);
    const desk = await signIn(b, "desk.one", "tangerine harbour lights");
    expect((await get(b, "/api/session", desk)).status).toBe(200);
    expect((await write(a, "patch", "/api/accounts/desk.one", admin).send({ disabled: true })).status).toBe(200);
    expect((await get(b, "/api/session", desk)).status).toBe(401);
  });

  it("shows on B the audit records of A's changes, newest first, in the order they were made", async () => {
    const admin = await signIn(a, "admin");
    for (const name of ["order.one", "order.two", "order.three"]) {
      const res = await write(a, "post", "/api/accounts", admin).send({ username: name, password: "tangerine harbour lights", role: "viewer" });
      expect(res.status, res.text).toBe(201);
    }
    const onB = await signIn(b, "admin");
    const page = AuditPageSchema.parse((await get(b, "/api/audit?action=account.create&limit=3", onB)).body);
    expect(page.records.map((r) => r.target)).toEqual(["order.three", "order.two", "order.one"]);
    expect(page.records.every((r) => r.outcome === "succeeded" && r.actor === "admin")).toBe(true);
  });

  it("follows on B a job started on A, to its end", async () => {
    const admin = await signIn(a, "admin");
    const started = await write(a, "post", "/api/users/export", admin).send({});
    expect(started.status, started.text).toBe(202);
    const location = String(started.headers["location"]);
    const onB = await signIn(b, "admin");
    const ended = await waitFor(async () => {
      const job = JobSchema.parse((await get(b, location, onB)).body);
      return job.state === "running" ? undefined : job;
    }, 20_000);
    expect(ended).toMatchObject({ kind: "users.export", state: "succeeded", total: 20, done: 20 });
    const file = await get(b, `${location}/download`, onB);
    expect(file.status).toBe(200);
    expect(file.text.split("\r\n").filter(Boolean)).toHaveLength(21);
  });

  it("throttles failed sign-ins spread over A and B as if on one", async () => {
    const admin = await signIn(a, "admin");
    await write(a, "post", "/api/accounts", admin).send({ username: "desk.two", password: "tangerine harbour lights", role: "helpdesk" });
    const attempt = (on: ServerProcess) => supertest(on.baseUrl).post("/api/session").set(SAME_ORIGIN).send({ username: "desk.two", password: "a wrong password" });
    const statuses: number[] = [];
    // Five failures per account and address (SIGN_IN_THROTTLE), alternating instances.
    for (const on of [a, b, a, b, a, b, a]) statuses.push((await attempt(on)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const refused = await supertest(b.baseUrl).post("/api/session").set(SAME_ORIGIN).send({ username: "desk.two", password: "tangerine harbour lights" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(60);
  });
});
