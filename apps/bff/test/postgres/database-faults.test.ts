/**
 * PostgreSQL goes away in the middle of traffic and comes back (issue 15, point 4): every answer meanwhile
 * is a problem (503 database-unavailable, never a bare 500), every change the client was told succeeded
 * has its audit record, /api/ready says what is down, and the same process serves again within seconds
 * of the database's return — no restart. Also: the API's rate limit is counted by both instances at once.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { PROBLEM_CONTENT_TYPE } from "@switchboard/contracts";
import { openDatabase } from "../../src/db/database.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import { usePostgres } from "./use-postgres.ts";

const postgres = usePostgres();
const closing: Harness[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((h) => h.close()));
});

async function harnessOn(url: string, overrides: Parameters<typeof startHarness>[0] = {}) {
  const db = await openDatabase({ kind: "postgres", url, poolMax: 4, statementTimeoutMs: 2_000 });
  const h = await startHarness({ db, ...overrides });
  closing.push(h);
  return h;
}

describe("the database going away under traffic", () => {
  it("answers problems meanwhile, loses no acknowledged change's record, and recovers by itself", { timeout: 60_000 }, async () => {
    const h = await harnessOn(await postgres.createDatabase());
    const { agent, csrfToken } = await h.signIn("helpdesk");
    const loginIds = (await agent.get("/api/directory")).body.users.map((u: { loginId: string }) => u.loginId).slice(0, 10) as string[];
    const acknowledged: string[] = [];
    const answers: { status: number; type: string | undefined; body: string }[] = [];
    let running = true;
    let sent = 0;
    const traffic = async () => {
      while (running) {
        const requestId = `fault-request-${String(++sent).padStart(5, "0")}`;
        const loginId = loginIds[sent % loginIds.length] ?? "";
        const isWrite = sent % 3 !== 0;
        const res = await (!isWrite
          ? agent.get(`/api/users/${encodeURIComponent(loginId)}`)
          : agent.delete(`/api/users/${encodeURIComponent(loginId)}/lock`).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).set("X-Request-Id", requestId));
        answers.push({ status: res.status, type: res.headers["content-type"], body: res.text });
        if (isWrite && res.status < 300) acknowledged.push(requestId);
        await sleep(5);
      }
    };
    const load = Promise.all([traffic(), traffic()]);
    await sleep(500);
    await postgres.server().stop();
    await sleep(1_500);
    const ready = await h.request().get("/api/ready");
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ type: "/problems/not-ready", unreachable: "database" });
    const stoppedAt = answers.length;
    await postgres.server().start();
    const restartedAt = Date.now();
    // Served again: a change answered 2xx after the restart.
    const recovered = async () => {
      while (Date.now() - restartedAt < 15_000) {
        const last = answers.at(-1);
        if (answers.length > stoppedAt && last && last.status < 300) return Date.now() - restartedAt;
        await sleep(50);
      }
      return undefined;
    };
    const recoveredInMs = await recovered();
    running = false;
    await load;

    expect(recoveredInMs).toBeDefined();
    expect(recoveredInMs).toBeLessThan(10_000);
    const failures = answers.filter((a) => a.status >= 500);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.status).toBe(503);
      expect(failure.type).toContain(PROBLEM_CONTENT_TYPE);
      expect(JSON.parse(failure.body)).toMatchObject({ type: "/problems/database-unavailable", status: 503 });
    }
    // Every change the client was told succeeded is in the trail as succeeded.
    const records = (await h.audit.query({ action: "user.unlock", limit: 500 })).records;
    const byRequest = new Map(records.map((r) => [r.requestId, r]));
    for (const requestId of acknowledged) expect(byRequest.get(requestId), requestId).toMatchObject({ outcome: "succeeded", status: 200 });
    expect((await h.request().get("/api/ready")).status).toBe(200);
  });
});

describe("the API's rate limit", () => {
  it("is counted by every instance together, and refuses with 429, Retry-After and a problem", async () => {
    const url = await postgres.createDatabase();
    const limits = { rateLimits: { readsPerMinute: 5, writesPerMinute: 100 } };
    const [a, b] = [await harnessOn(url, limits), await harnessOn(url, limits)];
    const onA = await a.signIn("viewer");
    // The session is in the database: the same cookie works on B.
    const cookie = String(onA.response.headers["set-cookie"]);
    const statuses: number[] = [];
    for (const h of [a, b, a, b, a, b]) statuses.push((await h.request().get("/api/session").set("Cookie", cookie)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await b.request().get("/api/directory").set("Cookie", cookie);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ type: "/problems/rate-limited", detail: expect.stringMatching(/^Too many reads in a minute for this account/) });
    // Another account has its own count; the load balancer's probe none.
    expect((await (await b.signIn("admin")).agent.get("/api/session")).status).toBe(200);
    expect((await b.request().get("/api/ready")).status).toBe(200);
  });

  it("shows the pool's connections in the metrics", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const h = await harnessOn(await postgres.createDatabase(), { metrics });
    await h.signIn("viewer");
    const text = await metrics.registry.metrics();
    const count = (state: string) => Number(new RegExp(`switchboard_db_pool_connections\\{state="${state}"\\} (\\d+)`).exec(text)?.[1]);
    // Open connections (in use now, the scrape's own job count among them, or idle), never above DATABASE_POOL_MAX (4 here).
    expect(count("in_use") + count("idle")).toBeGreaterThanOrEqual(1);
    expect(count("in_use") + count("idle")).toBeLessThanOrEqual(4);
    expect(count("waiting")).toBe(0);
  });
});
