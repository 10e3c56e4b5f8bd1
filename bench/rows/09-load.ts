import { createAccount, signIn, type SignedIn } from "../lib/bff-client.ts";
import { runSignedInLoad, serverErrors } from "../lib/load.ts";
import { progress } from "../lib/log.ts";
import { verdict, type Row } from "../lib/row.ts";
import { mb, mean, percentile, round, slope } from "../lib/stats.ts";

const CLIENTS = 200;
/** 60 s as the issue says; BENCH_LOAD_SECONDS makes it a longer soak when diagnosing memory. */
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const SETTLE_SECONDS = 10;
const TARGET_RSS = 250 * 1024 * 1024;
/** "Not growing": the last 10 s may sit at most this far above the 10–20 s window. */
const GROWTH_ALLOWANCE = 10 * 1024 * 1024;
/** Sign-ins at once: each is ~0.3 s of scrypt (128 MiB) on the BFF's thread pool; two keep both cores busy. */
const SIGN_IN_CONCURRENCY = 2;

/** The mix, by weight: mostly reading people and their lock state, some unlocks, some directory downloads. */
const MIX = [
  { name: "user", weight: 45 },
  { name: "lock", weight: 30 },
  { name: "unlock", weight: 15 },
  { name: "directory", weight: 10 },
] as const;
type Kind = (typeof MIX)[number]["name"];

function pick(random: number): Kind {
  let left = random * 100;
  for (const entry of MIX) {
    if (left < entry.weight) return entry.name;
    left -= entry.weight;
  }
  return "user";
}

async function signInMany(baseUrl: string, username: string, password: string, count: number): Promise<SignedIn[]> {
  const sessions: SignedIn[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      sessions.push(await signIn(baseUrl, username, password));
    }
  };
  await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, worker));
  return sessions;
}

/**
 * A fresh BFF; 200 clients, each with its own session of a helpdesk account (all signed in before
 * the clock starts), as fast as the BFF answers for 60 s: user, lock state, unlock, directory (gzip). The
 * BFF's resident memory is read from /proc every second.
 */
export const loadRow: Row = {
  id: 9,
  what: "Load: 200 signed-in clients × 60 s, directory/user/lock/unlock mix",
  target: "0 server errors; BFF RSS ≤ 250 MB, not growing after 10 s",
  async run(ctx) {
    // A BFF of its own: its memory says what this load costs, not what the rows before it left behind.
    const bff = await ctx.restartBff();
    const rssAtStart = bff.rss();
    const admin = await ctx.adminSession();
    const ids = await ctx.loginIds();
    const helpdesk = { username: "bench-helpdesk", password: `${ctx.admin.password}-helpdesk` };
    await createAccount(bff.baseUrl, admin, { ...helpdesk, role: "helpdesk" }).catch((error: unknown) => {
      if (!/409|exists|taken/i.test(String(error))) throw error;
    });
    progress(`row 9: signing in ${CLIENTS} sessions (${SIGN_IN_CONCURRENCY} at a time)`);
    const signInStarted = performance.now();
    const sessions = await signInMany(bff.baseUrl, helpdesk.username, helpdesk.password, CLIENTS);
    const signInSeconds = (performance.now() - signInStarted) / 1000;
    const rssAfterSignIns = bff.rss();

    const samples: { t: number; rss: number }[] = [];
    const started = performance.now();
    const sample = () => samples.push({ t: (performance.now() - started) / 1000, rss: bff.rss() });
    sample();
    const sampler = setInterval(sample, 1_000);
    const kinds: Record<Kind, number> = { user: 0, lock: 0, unlock: 0, directory: 0 };
    let nextUser = 0;
    progress(`row 9: ${CLIENTS} clients for ${SECONDS} s (sign-in took ${signInSeconds.toFixed(0)} s)`);
    let run;
    try {
      run = await runSignedInLoad({
        url: bff.baseUrl,
        connections: CLIENTS,
        duration: SECONDS,
        sessions,
        next: (session) => {
          const loginId = encodeURIComponent(ids[(nextUser++ * 7919) % ids.length] ?? "user");
          const kind = pick(Math.random());
          kinds[kind]++;
          const headers = { Cookie: session.cookie, Accept: "application/json" };
          switch (kind) {
            case "user":
              return { method: "GET", path: `/api/users/${loginId}`, headers };
            case "lock":
              return { method: "GET", path: `/api/users/${loginId}/lock`, headers };
            case "unlock":
              return { method: "DELETE", path: `/api/users/${loginId}/lock`, headers: { ...headers, Origin: bff.baseUrl, "X-CSRF-Token": session.csrfToken } };
            case "directory":
              return { method: "GET", path: "/api/directory", headers: { ...headers, "Accept-Encoding": "gzip" } };
          }
        },
      });
    } finally {
      clearInterval(sampler);
    }
    sample();

    const settled = samples.filter((s) => s.t >= SETTLE_SECONDS);
    const early = settled.filter((s) => s.t < SETTLE_SECONDS + 10).map((s) => s.rss);
    const late = settled.filter((s) => s.t >= SECONDS - 10).map((s) => s.rss);
    const peak = Math.max(...samples.map((s) => s.rss));
    const growth = mean(late) - mean(early);
    const perMinute = slope(settled.map((s) => ({ x: s.t / 60, y: s.rss })));
    const errors = serverErrors(run.statuses) + (run.statuses["timeouts"] ?? 0);
    const others = Object.fromEntries(Object.entries(run.statuses).filter(([code]) => code !== "200"));
    const pass = errors === 0 && peak <= TARGET_RSS && growth <= GROWTH_ALLOWANCE;
    return {
      figure: `${errors} server errors; RSS peak ${mb(peak)} MB, ${growth >= 0 ? "+" : ""}${mb(growth)} MB after 10 s`,
      baseline: "—",
      ratio: "—",
      result: verdict(pass),
      note:
        `${run.latencies.length.toLocaleString("en-US")} answers (${Math.round(run.requestsPerSecond)}/s; ${JSON.stringify(kinds)}), non-200 ${JSON.stringify(others)}; ` +
        `p50 ${percentile(run.latencies, 50).toFixed(0)} ms, p99 ${percentile(run.latencies, 99).toFixed(0)} ms; RSS trend ${mb(perMinute)} MB/min over 10–60 s; ` +
        `RSS ${mb(rssAtStart)} MB fresh, ${mb(rssAfterSignIns)} MB after ${CLIENTS} sign-ins (${signInSeconds.toFixed(0)} s, before the clock)`,
      data: {
        clients: CLIENTS,
        seconds: SECONDS,
        mix: MIX,
        requestsByKind: kinds,
        statuses: run.statuses,
        requestsPerSecond: round(run.requestsPerSecond, 0),
        p50Ms: round(percentile(run.latencies, 50), 1),
        p99Ms: round(percentile(run.latencies, 99), 1),
        rssSamples: samples.map((s) => ({ t: round(s.t, 1), mb: mb(s.rss) })),
        peakRssBytes: peak,
        growthBytes: Math.round(growth),
        trendBytesPerMinute: Math.round(perMinute),
        signInSeconds: round(signInSeconds, 1),
        rssAtStartBytes: rssAtStart,
        rssAfterSignInsBytes: rssAfterSignIns,
      },
    };
  },
};
