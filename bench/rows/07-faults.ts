import { createBpccClient } from "@switchboard/bpcc";
import { rawRequest } from "../lib/http.ts";
import { runLoad } from "../lib/load.ts";
import { progress } from "../lib/log.ts";
import { BFF_TIMEOUT_MS, type Sim } from "../lib/processes.ts";
import { verdict, type Row } from "../lib/row.ts";
import { percentile, round } from "../lib/stats.ts";

const READS = 2_000;
/** No more than the client's concurrency (16 by default, 64 in the BFF): no read waits in its queue, so the budget below is the whole bound. */
const CONNECTIONS = 16;
const ERROR_RATE = 0.1;
const JITTER_MS = 200;


/**
 * The simulator answers 10% of reads with 503 and delays every answer by 0–200 ms; 2,000 user
 * reads (a different user each, so none is served from anything but the upstream) go through the
 * BFF. The bound is the client's own: (retries + 1) × timeoutMs + retries × maxBackoffMs, with the
 * retries the BFF really makes: one read against an upstream that refuses every read counts them.
 */
/** How many times the BFF tries one read when every attempt gets a 503. */
async function countAttempts(sim: Sim, baseUrl: string, cookie: string, loginId: string): Promise<number> {
  await sim.control("PUT", "/error-rate", { endpoint: "GET /user/:username", rate: 1 });
  await sim.control("DELETE", "/calls");
  try {
    await rawRequest(`${baseUrl}/api/users/${encodeURIComponent(loginId)}`, { headers: { Cookie: cookie } });
    return (await sim.callCounts())["GET /user/:username"] ?? 0;
  } finally {
    await sim.control("DELETE", "/faults");
  }
}

export const faultsRow: Row = {
  id: 7,
  what: "Faults: 10% of reads 503 + 0–200 ms jitter, 2,000 reads through the BFF",
  target: "≥ 99.9% succeed; none slower than deadline + retry budget",
  async run(ctx) {
    const sim = await ctx.sim();
    const bff = await ctx.bff();
    const session = await ctx.adminSession();
    const ids = await ctx.loginIds();
    // The deadline is the bench's own setting of the BFF; the backoff ceiling is the client's default.
    const limits = createBpccClient({ baseUrl: sim.baseUrl, ...sim.credentials, timeoutMs: BFF_TIMEOUT_MS }).limits;
    const attempts = await countAttempts(sim, bff.baseUrl, session.cookie, ids[1] ?? "user");
    const retries = attempts - 1;
    const budgetMs = attempts * limits.timeoutMs + retries * limits.maxBackoffMs;

    // The token first, outside the faults: this row is about reads, not about the start.
    await fetch(`${bff.baseUrl}/api/users/${encodeURIComponent(ids[0] ?? "user")}`, { headers: { Cookie: session.cookie } });
    await sim.control("DELETE", "/calls");
    await sim.control("PUT", "/error-rate", { endpoint: "reads", rate: ERROR_RATE });
    await sim.control("PUT", "/latency", { fixedMs: 0, jitterMs: JITTER_MS });
    let next = 0;
    let run;
    try {
      progress(`row 7: ${READS} reads, ${CONNECTIONS} connections, budget ${budgetMs} ms`);
      run = await runLoad({
        url: bff.baseUrl,
        connections: CONNECTIONS,
        amount: READS,
        timeout: Math.ceil(budgetMs / 1000) + 30,
        headers: { Cookie: session.cookie, Accept: "application/json" },
        requests: [
          {
            setupRequest: (request) => ({ ...request, path: `/api/users/${encodeURIComponent(ids[(next++ * 7919) % ids.length] ?? "user")}` }),
          },
        ],
      });
    } finally {
      await sim.control("DELETE", "/faults");
    }
    const calls = await sim.callCounts();
    const upstreamReads = calls["GET /user/:username"] ?? 0;
    const answered = run.latencies.length;
    const ok = run.statuses["200"] ?? 0;
    const successRate = ok / READS;
    const worst = Math.max(...run.latencies);
    const pass = successRate >= 0.999 && worst <= budgetMs && answered === READS;
    const failures = Object.fromEntries(Object.entries(run.statuses).filter(([code]) => code !== "200"));
    return {
      figure: `${(successRate * 100).toFixed(2)}% ok; worst ${(worst / 1000).toFixed(2)} s`,
      baseline: "—",
      ratio: "—",
      result: verdict(pass),
      note:
        `${ok}/${READS} answered 200, others ${JSON.stringify(failures)}; budget ${(budgetMs / 1000).toFixed(0)} s ` +
        `(${attempts} attempts × ${limits.timeoutMs / 1000} s + ${retries} × ${limits.maxBackoffMs / 1000} s backoff); p50 ${percentile(run.latencies, 50).toFixed(0)} ms, ` +
        `p99 ${percentile(run.latencies, 99).toFixed(0)} ms; ${upstreamReads} upstream reads for ${READS} (${((upstreamReads / READS - 1) * 100).toFixed(1)}% retried)`,
      data: {
        reads: READS,
        connections: CONNECTIONS,
        errorRate: ERROR_RATE,
        jitterMs: JITTER_MS,
        statuses: run.statuses,
        successRate: round(successRate, 5),
        p50Ms: round(percentile(run.latencies, 50), 1),
        p99Ms: round(percentile(run.latencies, 99), 1),
        worstMs: round(worst, 1),
        budgetMs,
        attempts,
        timeoutMs: limits.timeoutMs,
        maxBackoffMs: limits.maxBackoffMs,
        upstreamReads,
      },
    };
  },
};
