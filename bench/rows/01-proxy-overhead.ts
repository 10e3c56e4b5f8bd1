import { runLoad, serverErrors, type LoadRun } from "../lib/load.ts";
import { progress } from "../lib/log.ts";
import { verdict, type Row } from "../lib/row.ts";
import { percentile, round } from "../lib/stats.ts";

const CONNECTIONS = 50;
const SECONDS = 20;
const WARMUP_SECONDS = 3;
const UNLOADED_SECONDS = 5;
/** A tenant across a WAN answers in tens of ms, not in 0.1 ms as the simulator does by default. */
const WAN_LATENCY_MS = 20;
const WAN_SECONDS = 5;
/** The collection's Get User Data example: the same user both ways. */
const LOGIN_ID = "frank.zappa";

const summary = (run: LoadRun) => ({
  requestsPerSecond: round(run.requestsPerSecond, 0),
  p50: round(percentile(run.latencies, 50), 2),
  p99: round(percentile(run.latencies, 99), 2),
  statuses: run.statuses,
});

/**
 * The same read two ways, one after the other: straight at the simulator with a Bearer token (the
 * baseline: what the upstream alone costs on this machine), and through the BFF with a session
 * cookie. Neither asks for compression, so both carry the same JSON. Two short passes for the note:
 * one connection (the added latency without the queueing that 50 connections add), and an upstream
 * that takes 20 ms to answer, as a real tenant does (where the client's concurrency limit shows).
 */
export const proxyOverheadRow: Row = {
  id: 1,
  what: "Proxy overhead: GET /api/users/:loginId, BFF vs direct, 50 connections × 20 s",
  target: "BFF ≥ 0.6 × direct req/s; added p50 ≤ 2 ms",
  async run(ctx) {
    const sim = await ctx.sim();
    const bff = await ctx.bff();
    const session = await ctx.adminSession();
    const token = await ctx.directToken();
    const direct = { url: `${sim.baseUrl}/configapi/v2/user/${LOGIN_ID}`, headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } };
    const proxied = { url: `${bff.baseUrl}/api/users/${LOGIN_ID}`, headers: { Cookie: session.cookie, Accept: "application/json" } };

    progress(`row 1: warming up both paths (${WARMUP_SECONDS} s each)`);
    await runLoad({ ...direct, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    await runLoad({ ...proxied, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    progress(`row 1: direct to the simulator, ${CONNECTIONS} connections × ${SECONDS} s`);
    const directRun = await runLoad({ ...direct, connections: CONNECTIONS, duration: SECONDS });
    progress(`row 1: through the BFF, ${CONNECTIONS} connections × ${SECONDS} s`);
    const bffRun = await runLoad({ ...proxied, connections: CONNECTIONS, duration: SECONDS });
    progress(`row 1: unloaded (1 connection × ${UNLOADED_SECONDS} s each way)`);
    const directIdle = await runLoad({ ...direct, connections: 1, duration: UNLOADED_SECONDS });
    const bffIdle = await runLoad({ ...proxied, connections: 1, duration: UNLOADED_SECONDS });
    progress(`row 1: with ${WAN_LATENCY_MS} ms upstream latency (${WAN_SECONDS} s each way, ${CONNECTIONS} connections)`);
    await sim.control("PUT", "/latency", { fixedMs: WAN_LATENCY_MS, jitterMs: 0 });
    let directWan: LoadRun;
    let bffWan: LoadRun;
    try {
      directWan = await runLoad({ ...direct, connections: CONNECTIONS, duration: WAN_SECONDS });
      bffWan = await runLoad({ ...proxied, connections: CONNECTIONS, duration: WAN_SECONDS });
    } finally {
      await sim.control("DELETE", "/faults");
    }

    const ratio = bffRun.requestsPerSecond / directRun.requestsPerSecond;
    const addedP50 = percentile(bffRun.latencies, 50) - percentile(directRun.latencies, 50);
    const addedIdleP50 = percentile(bffIdle.latencies, 50) - percentile(directIdle.latencies, 50);
    const failures = serverErrors(bffRun.statuses) + serverErrors(directRun.statuses) + (bffRun.statuses["timeouts"] ?? 0);
    const nonOk = bffRun.latencies.length - (bffRun.statuses["200"] ?? 0) + directRun.latencies.length - (directRun.statuses["200"] ?? 0);
    return {
      figure: `${Math.round(bffRun.requestsPerSecond)} req/s, p50 ${percentile(bffRun.latencies, 50).toFixed(2)} ms`,
      baseline: `${Math.round(directRun.requestsPerSecond)} req/s, p50 ${percentile(directRun.latencies, 50).toFixed(2)} ms`,
      ratio: `${ratio.toFixed(2)}×, +${addedP50.toFixed(2)} ms`,
      result: verdict(ratio >= 0.6 && addedP50 <= 2 && failures === 0 && nonOk === 0),
      note:
        `added p50 under load ${addedP50.toFixed(2)} ms; unloaded (1 connection) ${percentile(bffIdle.latencies, 50).toFixed(2)} vs ` +
        `${percentile(directIdle.latencies, 50).toFixed(2)} ms = +${addedIdleP50.toFixed(2)} ms; with ${WAN_LATENCY_MS} ms upstream latency ` +
        `BFF ${Math.round(bffWan.requestsPerSecond)} vs direct ${Math.round(directWan.requestsPerSecond)} req/s (${(bffWan.requestsPerSecond / directWan.requestsPerSecond).toFixed(2)}×), ` +
        `p50 ${percentile(bffWan.latencies, 50).toFixed(1)} vs ${percentile(directWan.latencies, 50).toFixed(1)} ms; non-200 answers ${nonOk}, errors ${failures}`,
      data: {
        connections: CONNECTIONS,
        seconds: SECONDS,
        loginId: LOGIN_ID,
        direct: summary(directRun),
        bff: summary(bffRun),
        ratio: round(ratio, 3),
        addedP50Ms: round(addedP50, 2),
        unloaded: { direct: summary(directIdle), bff: summary(bffIdle), addedP50Ms: round(addedIdleP50, 2) },
        upstreamLatency: { fixedMs: WAN_LATENCY_MS, seconds: WAN_SECONDS, direct: summary(directWan), bff: summary(bffWan) },
      },
    };
  },
};
