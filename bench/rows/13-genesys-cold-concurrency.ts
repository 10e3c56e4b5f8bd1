import { GENESYS_CONCURRENCY } from "../lib/genesys.ts";
import { fireAtOnce } from "../lib/http.ts";
import { progress } from "../lib/log.ts";
import { withUpstreamLatency } from "../lib/processes.ts";
import { verdict, type Row } from "../lib/row.ts";

const REQUESTS = 1_000;
const LATENCY_MS = 20;

/**
 * A Genesys BFF fresh from start (no GWS session, no userName → id map, no directory) and an upstream
 * that answers after 20 ms, as a real one across a network does; one sign-in (local), then 1,000 reads
 * of different users fired at once, each on its own connection. The simulator counts the API calls
 * open at once: the BFF must never have more in flight than `GWS_CONCURRENCY`, however many browsers
 * wait on it, and must still answer every one. The floor is what that bound allows: the reads ÷
 * concurrency × latency, plus the user list the first read needs.
 */
export const genesysColdConcurrencyRow: Row = {
  id: 13,
  what: `Genesys cold start: ${REQUESTS.toLocaleString("en-US")} concurrent reads, calls in flight at GWS`,
  target: `never more than GWS_CONCURRENCY (${GENESYS_CONCURRENCY}) in flight; all 200`,
  async run(ctx) {
    const users = await ctx.genesys.userList();
    const bff = await ctx.genesys.restartBff();
    const sim = await ctx.genesys.sim();
    const session = await ctx.genesys.adminSession();
    await sim.control("DELETE", "/calls");

    progress(`row 13: firing ${REQUESTS} concurrent GET /api/users/:loginId at the fresh Genesys BFF (${LATENCY_MS} ms upstream latency)`);
    const urls = Array.from({ length: REQUESTS }, (_, i) => `${bff.baseUrl}/api/users/${encodeURIComponent(users[(i * 17) % users.length]?.userName ?? "nobody")}`);
    const { statuses, seconds } = await withUpstreamLatency(sim, LATENCY_MS, () => fireAtOnce(urls, { Cookie: session.cookie, Accept: "application/json" }));
    const inFlight = await sim.inFlight();
    const calls = await sim.callCounts();
    const ok = statuses["200"] ?? 0;
    const apiCalls = Object.entries(calls).reduce((sum, [, n]) => sum + n, 0);
    const floorSeconds = (apiCalls * LATENCY_MS) / GENESYS_CONCURRENCY / 1000;
    return {
      figure: `peak ${inFlight.peak} in flight; ${ok}/${REQUESTS} 200`,
      baseline: `bound ${GENESYS_CONCURRENCY}`,
      ratio: `${seconds.toFixed(1)} s vs floor ${floorSeconds.toFixed(1)} s`,
      result: verdict(inFlight.peak <= GENESYS_CONCURRENCY && ok === REQUESTS),
      note:
        `${apiCalls} API calls reached GWS (GET /users ${calls["GET /users"] ?? 0}, GET /users/:id ${calls["GET /users/:id"] ?? 0}, GET /me ${calls["GET /me"] ?? 0}); ` +
        `all answered in ${seconds.toFixed(1)} s, against a floor of calls × ${LATENCY_MS} ms ÷ ${GENESYS_CONCURRENCY} = ${floorSeconds.toFixed(1)} s; statuses ${JSON.stringify(statuses)}`,
      data: { requests: REQUESTS, latencyMs: LATENCY_MS, concurrency: GENESYS_CONCURRENCY, peakInFlight: inFlight.peak, statuses, seconds, floorSeconds, calls },
    };
  },
};
