import { runLoad, serverErrors, type LoadRun } from "../lib/load.ts";
import { progress } from "../lib/log.ts";
import { withUpstreamLatency } from "../lib/processes.ts";
import { verdict, type Row } from "../lib/row.ts";
import { percentile, round } from "../lib/stats.ts";

const CONNECTIONS = 50;
const SECONDS = 10;
const WARMUP_SECONDS = 3;
const UNLOADED_SECONDS = 5;
const WAN_LATENCY_MS = 20;
const WAN_SECONDS = 5;

const p50 = (run: LoadRun) => percentile(run.latencies, 50);
const summary = (run: LoadRun) => ({
  requestsPerSecond: round(run.requestsPerSecond, 0),
  p50: round(p50(run), 2),
  p99: round(percentile(run.latencies, 99), 2),
  statuses: run.statuses,
});

/**
 * Row 1's question on Genesys: one user read straight at the simulator (`GET /api/v2/users/{id}?subresources=*`
 * with Basic credentials and one JSESSIONID, what the BFF's client sends) against the same read through the
 * BFF (`GET /api/users/{userName}` with a session cookie: the userName → id lookup, the read, the mapping to
 * the product's user, the direct number from the cached directory). 50 connections, then one connection,
 * then an upstream answering after 20 ms, where `GWS_CONCURRENCY` caps the BFF at concurrency ÷ latency.
 */
export const genesysReadRow: Row = {
  id: 12,
  what: `Genesys read: GET /api/users/:loginId, BFF vs direct, ${CONNECTIONS} connections × ${SECONDS} s`,
  target: "BFF ≥ 0.6 × direct req/s; added p50 ≤ 2 ms",
  async run(ctx) {
    const sim = await ctx.genesys.sim();
    const bff = await ctx.genesys.bff();
    const session = await ctx.genesys.adminSession();
    const users = await ctx.genesys.userList();
    const user = users[Math.floor(users.length / 2)];
    if (!user) throw new Error("the Genesys simulator has no users");
    const direct = { url: `${sim.baseUrl}/api/v2/users/${user.id}?subresources=*`, headers: await ctx.genesys.directHeaders() };
    const proxied = { url: `${bff.baseUrl}/api/users/${encodeURIComponent(user.userName)}`, headers: { Accept: "application/json", Cookie: session.cookie } };

    progress(`row 12: warming up both paths (${WARMUP_SECONDS} s each)`);
    for (const target of [direct, proxied]) await runLoad({ ...target, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    progress(`row 12: direct, then through the BFF, ${CONNECTIONS} connections × ${SECONDS} s each`);
    const directRun = await runLoad({ ...direct, connections: CONNECTIONS, duration: SECONDS });
    const bffRun = await runLoad({ ...proxied, connections: CONNECTIONS, duration: SECONDS });
    progress(`row 12: unloaded (1 connection × ${UNLOADED_SECONDS} s each way)`);
    const directIdle = await runLoad({ ...direct, connections: 1, duration: UNLOADED_SECONDS });
    const bffIdle = await runLoad({ ...proxied, connections: 1, duration: UNLOADED_SECONDS });
    progress(`row 12: with ${WAN_LATENCY_MS} ms upstream latency (${WAN_SECONDS} s each way)`);
    const [directWan, bffWan] = await withUpstreamLatency(sim, WAN_LATENCY_MS, async () => [
      await runLoad({ ...direct, connections: CONNECTIONS, duration: WAN_SECONDS }),
      await runLoad({ ...proxied, connections: CONNECTIONS, duration: WAN_SECONDS }),
    ]);

    const ratio = bffRun.requestsPerSecond / directRun.requestsPerSecond;
    const added = p50(bffRun) - p50(directRun);
    const addedIdle = p50(bffIdle) - p50(directIdle);
    const nonOk = [directRun, bffRun].reduce((sum, run) => sum + run.latencies.length - (run.statuses["200"] ?? 0), 0);
    const failures = serverErrors(bffRun.statuses) + serverErrors(directRun.statuses) + (bffRun.statuses["timeouts"] ?? 0);
    return {
      figure: `${Math.round(bffRun.requestsPerSecond)} req/s, p50 ${p50(bffRun).toFixed(2)} ms`,
      baseline: `${Math.round(directRun.requestsPerSecond)} req/s, p50 ${p50(directRun).toFixed(2)} ms`,
      ratio: `${ratio.toFixed(2)}×, +${added.toFixed(2)} ms`,
      result: verdict(ratio >= 0.6 && added <= 2 && nonOk === 0 && failures === 0),
      note:
        `user ${user.userName}; unloaded (1 connection) ${p50(bffIdle).toFixed(2)} vs ${p50(directIdle).toFixed(2)} ms = +${addedIdle.toFixed(2)} ms; ` +
        `with ${WAN_LATENCY_MS} ms upstream latency BFF ${Math.round(bffWan.requestsPerSecond)} vs direct ${Math.round(directWan.requestsPerSecond)} req/s ` +
        `(the BFF's ceiling there is GWS_CONCURRENCY ÷ latency), p50 ${p50(bffWan).toFixed(1)} vs ${p50(directWan).toFixed(1)} ms; non-200 answers ${nonOk}, errors ${failures}`,
      data: {
        connections: CONNECTIONS,
        seconds: SECONDS,
        userName: user.userName,
        direct: summary(directRun),
        bff: summary(bffRun),
        ratio: round(ratio, 3),
        addedP50Ms: round(added, 2),
        unloaded: { direct: summary(directIdle), bff: summary(bffIdle), addedP50Ms: round(addedIdle, 2) },
        upstreamLatency: { fixedMs: WAN_LATENCY_MS, direct: summary(directWan), bff: summary(bffWan) },
      },
    };
  },
};
