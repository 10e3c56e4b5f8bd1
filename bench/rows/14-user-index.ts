import { gunzipSync } from "node:zlib";
import { sessionHeaders } from "../lib/bff-client.ts";
import { json, rawRequest } from "../lib/http.ts";
import { progress } from "../lib/log.ts";
import { verdict, type Row } from "../lib/row.ts";
import { round } from "../lib/stats.ts";

const LATENCY_MS = 20;
/** The BFF's BPCC_CONCURRENCY as the bench starts it (its default). */
const CONCURRENCY = 64;
const TARGET_RATIO = 1.5;

type IndexStatus = { state: string; indexedAt: string | null; done: number; total: number; failed: number };

/** `work` over `items`, `width` at a time: the same shape as the BFF's fan-out, for the baseline. */
async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/**
 * The simulator answers every call after 20 ms. Baseline: the bench itself reads every user straight
 * from the simulator, 64 at a time (what the index's fan-out could do with no BFF at all). Figure: a
 * supervisor's `POST /api/users/index/refresh`, then the status polled every 50 ms until the fill
 * ends: the directory read, then one read per user through the BFF's client, 64 in flight at most.
 * Judged against the floor users ÷ concurrency × latency.
 */
export const userIndexRow: Row = {
  id: 14,
  what: "User index: 20,000 users read at 20 ms upstream latency (refresh to ready)",
  target: `≤ ${TARGET_RATIO} × floor (users ÷ ${CONCURRENCY} × ${LATENCY_MS} ms)`,
  async run(ctx) {
    const sim = await ctx.sim();
    const bff = await ctx.bff();
    const session = await ctx.adminSession();
    const ids = await ctx.loginIds();
    const token = await ctx.directToken();
    const floorMs = (ids.length / CONCURRENCY) * LATENCY_MS;

    await sim.control("PUT", "/latency", { fixedMs: LATENCY_MS, jitterMs: 0 });
    try {
      progress(`row 14: baseline, ${ids.length} reads straight from the simulator, ${CONCURRENCY} at a time`);
      let directFailed = 0;
      const directStart = performance.now();
      await pool(ids, CONCURRENCY, async (id) => {
        const res = await rawRequest(`${sim.baseUrl}/configapi/v2/user/${encodeURIComponent(id)}`, { headers: { Authorization: `Bearer ${token}` } });
        if (res.status !== 200) directFailed += 1;
      });
      const directMs = performance.now() - directStart;

      progress(`row 14: the BFF's index, refresh to ready`);
      const readsBefore = (await sim.callCounts())["GET /user/:username"] ?? 0;
      const rssBefore = bff.rss();
      const started = performance.now();
      const refresh = await json<IndexStatus>(`${bff.baseUrl}/api/users/index/refresh`, { method: "POST", headers: sessionHeaders(bff.baseUrl, session) });
      if (refresh.status !== 202) throw new Error(`POST /api/users/index/refresh answered ${refresh.status}`);
      let status = refresh.body;
      let peakRss = rssBefore;
      while (status.state === "filling") {
        await new Promise((resolve) => setTimeout(resolve, 50));
        peakRss = Math.max(peakRss, bff.rss());
        const polled = await json<IndexStatus>(`${bff.baseUrl}/api/users/index/status`, { headers: { Cookie: session.cookie } });
        if (polled.status !== 200) throw new Error(`GET /api/users/index/status answered ${polled.status}`);
        status = polled.body;
      }
      const indexMs = performance.now() - started;
      const reads = ((await sim.callCounts())["GET /user/:username"] ?? 0) - readsBefore;
      const rssAfter = bff.rss();

      const whole = await rawRequest(`${bff.baseUrl}/api/users`, { headers: { Cookie: session.cookie, "Accept-Encoding": "gzip" } });
      const users = (JSON.parse(gunzipSync(whole.body).toString("utf8")) as { users: unknown[] }).users.length;

      const ratio = indexMs / floorMs;
      const pass = ratio <= TARGET_RATIO && status.failed === 0 && users === ids.length && status.state === "ready";
      return {
        figure: `${(indexMs / 1000).toFixed(2)} s (${users.toLocaleString("en-US")} users, ${status.failed} failed)`,
        baseline: `floor ${(floorMs / 1000).toFixed(2)} s; direct ${(directMs / 1000).toFixed(2)} s`,
        ratio: `${ratio.toFixed(2)}× floor, ${(indexMs / directMs).toFixed(2)}× direct`,
        result: verdict(pass),
        note:
          `${reads.toLocaleString("en-US")} user reads upstream (${ids.length.toLocaleString("en-US")} users); direct baseline ${directFailed} failed; ` +
          `BFF RSS ${(rssBefore / 2 ** 20).toFixed(0)} → peak ${(peakRss / 2 ** 20).toFixed(0)} → ${(rssAfter / 2 ** 20).toFixed(0)} MiB; ` +
          `GET /api/users whole: ${(whole.body.length / 1024).toFixed(0)} KiB gzip in ${whole.ms.toFixed(0)} ms`,
        data: {
          users: ids.length,
          concurrency: CONCURRENCY,
          latencyMs: LATENCY_MS,
          floorMs: round(floorMs, 1),
          directMs: round(directMs, 1),
          directFailed,
          indexMs: round(indexMs, 1),
          upstreamReads: reads,
          status,
          rss: { before: rssBefore, peak: peakRss, after: rssAfter },
          wholeIndex: { gzipBytes: whole.body.length, ms: round(whole.ms, 1), users },
        },
      };
    } finally {
      await sim.control("DELETE", "/faults");
    }
  },
};
