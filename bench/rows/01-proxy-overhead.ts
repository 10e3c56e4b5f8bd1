import type autocannon from "autocannon";
import { cpuSeconds, startBareProxy } from "../lib/bare-proxy.ts";
import { runLoad, serverErrors, type LoadRun } from "../lib/load.ts";
import { progress } from "../lib/log.ts";
import { withUpstreamLatency } from "../lib/processes.ts";
import { verdict, type Row } from "../lib/row.ts";
import { percentile, round } from "../lib/stats.ts";

const CONNECTIONS = 50;
const SECONDS = 20;
const WARMUP_SECONDS = 3;
const UNLOADED_SECONDS = 5;
/** A tenant across a WAN answers in tens of ms, not in 0.1 ms as the simulator does by default. */
const WAN_LATENCY_MS = 20;
const WAN_SECONDS = 10;
/** Issue 17's targets: the BFF's CPU per read at most this many times the bare proxy's... */
const CPU_TARGET_RATIO = 2;
/** ...and, with the upstream's 20 ms, at least this share of direct throughput. */
const WAN_TARGET_RATIO = 0.9;
/** The collection's Get User Data example: the same user every way. */
const LOGIN_ID = "frank.zappa";
const UPSTREAM_PATH = `/configapi/v2/user/${LOGIN_ID}`;

const LABELS: Record<string, string> = { simulator: "simulator", bareProxy: "proxy", bff: "BFF" };

type Target = Pick<autocannon.Options, "url" | "headers">;
/** A loaded pass and the CPU each process spent on it, in µs per answered request. */
type Pass = { run: LoadRun; cpuUsPerRead: Record<string, number> };

const p50 = (run: LoadRun) => percentile(run.latencies, 50);
const summary = ({ run, cpuUsPerRead }: Pass) => ({
  requestsPerSecond: round(run.requestsPerSecond, 0),
  p50: round(p50(run), 2),
  p99: round(percentile(run.latencies, 99), 2),
  statuses: run.statuses,
  cpuUsPerRead,
});

async function measure(target: Target, pids: Record<string, number>): Promise<Pass> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const run = await runLoad({ ...target, connections: CONNECTIONS, duration: SECONDS });
  const answered = Math.max(1, run.latencies.length);
  const cpuUsPerRead = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, Math.round(((cpuSeconds(pid) - (before[name] ?? 0)) * 1e6) / answered)]),
  );
  return { run, cpuUsPerRead };
}

/**
 * The same read three ways, one after the other: straight at the simulator with a Bearer token (the
 * baseline: what the upstream alone costs on this machine), through a bare node:http proxy (the
 * ceiling: the least any Node proxy in front of it costs here), and through the BFF with a session
 * cookie. None asks for compression, so all carry the same JSON. Two short passes for the note:
 * one connection (the added latency without the queueing that 50 connections add), and an upstream
 * that takes 20 ms to answer, as a real tenant does (where the client's concurrency limit shows).
 */
export const proxyOverheadRow: Row = {
  id: 1,
  what: "Proxy overhead: GET /api/users/:loginId, BFF vs bare proxy vs direct, 50 connections",
  target: `BFF CPU per read ≤ ${CPU_TARGET_RATIO}× the bare proxy's; ≥ ${WAN_TARGET_RATIO}× direct req/s at ${WAN_LATENCY_MS} ms upstream latency`,
  async run(ctx) {
    const sim = await ctx.sim();
    const bff = await ctx.bff();
    const session = await ctx.adminSession();
    const token = await ctx.directToken();
    const bare = await startBareProxy({ upstream: sim.baseUrl, token, logDir: ctx.tmp });
    const accept = { Accept: "application/json" };
    const direct = { url: `${sim.baseUrl}${UPSTREAM_PATH}`, headers: { ...accept, Authorization: `Bearer ${token}` } };
    const viaBare = { url: `${bare.baseUrl}${UPSTREAM_PATH}`, headers: accept };
    const proxied = { url: `${bff.baseUrl}/api/users/${LOGIN_ID}`, headers: { ...accept, Cookie: session.cookie } };
    const pids = { simulator: sim.pid, bareProxy: bare.pid, bff: bff.pid };

    let directPass: Pass;
    let barePass: Pass;
    let bffPass: Pass;
    try {
      progress(`row 1: warming up the three paths (${WARMUP_SECONDS} s each)`);
      for (const target of [direct, viaBare, proxied]) await runLoad({ ...target, connections: CONNECTIONS, duration: WARMUP_SECONDS });
      progress(`row 1: direct to the simulator, ${CONNECTIONS} connections × ${SECONDS} s`);
      directPass = await measure(direct, pids);
      progress(`row 1: through a bare node:http proxy, ${CONNECTIONS} connections × ${SECONDS} s`);
      barePass = await measure(viaBare, pids);
      progress(`row 1: through the BFF, ${CONNECTIONS} connections × ${SECONDS} s`);
      bffPass = await measure(proxied, pids);
    } finally {
      await bare.stop();
    }
    const directRun = directPass.run;
    const bffRun = bffPass.run;
    progress(`row 1: unloaded (1 connection × ${UNLOADED_SECONDS} s each way)`);
    const directIdle = await runLoad({ ...direct, connections: 1, duration: UNLOADED_SECONDS });
    const bffIdle = await runLoad({ ...proxied, connections: 1, duration: UNLOADED_SECONDS });
    progress(`row 1: with ${WAN_LATENCY_MS} ms upstream latency (${WAN_SECONDS} s each way, ${CONNECTIONS} connections)`);
    const [directWan, bffWan] = await withUpstreamLatency(sim, WAN_LATENCY_MS, async () => [
      await runLoad({ ...direct, connections: CONNECTIONS, duration: WAN_SECONDS }),
      await runLoad({ ...proxied, connections: CONNECTIONS, duration: WAN_SECONDS }),
    ]);

    const ratio = bffRun.requestsPerSecond / directRun.requestsPerSecond;
    const bareRatio = barePass.run.requestsPerSecond / directRun.requestsPerSecond;
    const addedP50 = p50(bffRun) - p50(directRun);
    const addedIdleP50 = p50(bffIdle) - p50(directIdle);
    const failures = serverErrors(bffRun.statuses) + serverErrors(directRun.statuses) + (bffRun.statuses["timeouts"] ?? 0);
    const nonOk = bffRun.latencies.length - (bffRun.statuses["200"] ?? 0) + directRun.latencies.length - (directRun.statuses["200"] ?? 0);
    const cpu = (pass: Pass, names: string[]) => names.map((name) => `${pass.cpuUsPerRead[name]} (${LABELS[name]})`).join(" + ");
    const bffCpu = bffPass.cpuUsPerRead["bff"] ?? 0;
    const bareCpu = Math.max(1, barePass.cpuUsPerRead["bareProxy"] ?? 0);
    const cpuRatio = bffCpu / bareCpu;
    const wanRatio = bffWan.requestsPerSecond / directWan.requestsPerSecond;
    return {
      figure: `BFF ${bffCpu} µs CPU per read; ${Math.round(bffWan.requestsPerSecond)} req/s at ${WAN_LATENCY_MS} ms`,
      baseline: `bare proxy ${bareCpu} µs; direct ${Math.round(directWan.requestsPerSecond)} req/s`,
      ratio: `${cpuRatio.toFixed(1)}×; ${wanRatio.toFixed(2)}×`,
      result: verdict(cpuRatio <= CPU_TARGET_RATIO && wanRatio >= WAN_TARGET_RATIO && failures === 0 && nonOk === 0),
      note:
        `at 0.1 ms upstream latency the BFF answers ${Math.round(bffRun.requestsPerSecond)} req/s (p50 ${p50(bffRun).toFixed(2)} ms) = ${ratio.toFixed(2)}× direct ` +
        `${Math.round(directRun.requestsPerSecond)} req/s (p50 ${p50(directRun).toFixed(2)} ms); a bare node:http proxy reaches ${Math.round(barePass.run.requestsPerSecond)} req/s = ${bareRatio.toFixed(2)}× direct ` +
        `(p50 ${p50(barePass.run).toFixed(2)} ms); CPU µs per read: direct ${cpu(directPass, ["simulator"])}, ` +
        `bare ${cpu(barePass, ["bareProxy", "simulator"])}, BFF ${cpu(bffPass, ["bff", "simulator"])}; ` +
        `unloaded (1 connection) ${p50(bffIdle).toFixed(2)} vs ${p50(directIdle).toFixed(2)} ms = +${addedIdleP50.toFixed(2)} ms; ` +
        `with ${WAN_LATENCY_MS} ms upstream latency p50 ${p50(bffWan).toFixed(1)} vs ${p50(directWan).toFixed(1)} ms; ` +
        `non-200 answers ${nonOk}, errors ${failures}`,
      data: {
        connections: CONNECTIONS,
        seconds: SECONDS,
        loginId: LOGIN_ID,
        direct: summary(directPass),
        bareProxy: { ...summary(barePass), ratioToDirect: round(bareRatio, 3) },
        bff: summary(bffPass),
        ratio: round(ratio, 3),
        cpuRatioToBareProxy: round(cpuRatio, 2),
        upstreamLatencyRatio: round(wanRatio, 3),
        addedP50Ms: round(addedP50, 2),
        unloaded: { direct: summary({ run: directIdle, cpuUsPerRead: {} }), bff: summary({ run: bffIdle, cpuUsPerRead: {} }), addedP50Ms: round(addedIdleP50, 2) },
        upstreamLatency: {
          fixedMs: WAN_LATENCY_MS,
          seconds: WAN_SECONDS,
          direct: summary({ run: directWan, cpuUsPerRead: {} }),
          bff: summary({ run: bffWan, cpuUsPerRead: {} }),
        },
      },
    };
  },
};
