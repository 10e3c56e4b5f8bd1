import { afterAll, beforeAll, describe, expect, it } from "vitest";
import supertest from "supertest";
import { createMetrics } from "../src/metrics/metrics.ts";
import { startHarness, type Harness } from "./harness.ts";

// GET /metrics: the Prometheus text of requests by route template and of every upstream attempt,
// answered on the public port only to METRICS_TOKEN, and never naming a user.

const TOKEN = "metrics-token-for-tests-0123456789abcdef";
const metrics = createMetrics({ defaultMetrics: false });
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ metrics, metricsToken: TOKEN }, { client: { observer: metrics.upstream } });
});
afterAll(async () => h.close());

describe("GET /metrics", () => {
  it("is not there without the token, or with a wrong one", async () => {
    const anonymous = supertest(h.baseUrl);
    expect((await anonymous.get("/metrics")).status).toBe(404);
    expect((await anonymous.get("/metrics").set("Authorization", `Bearer ${TOKEN.replace(/.$/, "x")}`)).status).toBe(404);
    expect((await anonymous.get("/metrics").set("Authorization", `Basic ${TOKEN}`)).status).toBe(404);
  });

  it("counts requests by route template and status, and upstream attempts by operation and outcome, naming no user", async () => {
    const { agent } = await h.signIn("viewer");
    const directory = (await agent.get("/api/directory")).body as { users: Array<{ loginId: string }> };
    const someone = directory.users[3]?.loginId ?? "";
    expect((await agent.get(`/api/users/${someone}`)).status).toBe(200);
    expect((await agent.get("/api/users/nobody.at.all")).status).toBe(404);

    const res = await supertest(h.baseUrl).get("/metrics").set("Authorization", `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.text).toMatch(/switchboard_http_requests_total\{method="GET",route="\/api\/users\/:loginId",status="200"\} 1/);
    expect(res.text).toMatch(/switchboard_http_requests_total\{method="GET",route="\/api\/users\/:loginId",status="404"\} 1/);
    expect(res.text).toMatch(/switchboard_http_requests_total\{method="POST",route="\/api\/session",status="200"\} \d+/);
    expect(res.text).toMatch(/switchboard_upstream_attempts_total\{operation="getUser",outcome="ok"\} \d+/);
    expect(res.text).toMatch(/switchboard_upstream_attempts_total\{operation="getUser",outcome="http_404"\} 1/);
    expect(res.text).toMatch(/switchboard_upstream_in_flight 0/);
    expect(res.text).not.toContain(someone);
    expect(res.text).not.toContain("nobody.at.all");
  });

  it("counts jobs by state, read from the store at scrape time", async () => {
    const { agent, csrfToken } = await h.signIn("helpdesk");
    const started = await agent.post("/api/locks/scan").set("Sec-Fetch-Site", "same-origin").set("X-CSRF-Token", csrfToken);
    expect(started.status).toBe(202);
    await h.jobs.idle();
    const res = await supertest(h.baseUrl).get("/metrics").set("Authorization", `Bearer ${TOKEN}`);
    expect(res.text).toMatch(/switchboard_jobs\{state="succeeded"\} 1/);
    // SQLite has no pool: no pool gauge values (test/postgres covers PostgreSQL's).
    expect(res.text).not.toMatch(/switchboard_db_pool_connections\{/);
  });
});
