import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startPostgres } from "../../apps/bff/test/postgres/pg-server.ts";
import { cpuSeconds } from "../lib/bare-proxy.ts";
import { createAccount, signIn, type SignedIn } from "../lib/bff-client.ts";
import type { Context } from "../lib/context.ts";
import { runSignedInLoad, serverErrors, type LoadRun } from "../lib/load.ts";
import { progress } from "../lib/log.ts";
import { startBff, type Bff } from "../lib/processes.ts";
import { verdict, type Row } from "../lib/row.ts";
import { percentile, round } from "../lib/stats.ts";

/** The issue's load: 200 signed-in clients. */
const CLIENTS = 200;
/**
 * Helpdesk accounts, one session each, 20 connections on each session: what a session lookup and the
 * per-account rate limit cost does not depend on which session it is, and 200 accounts would cost 400
 * scrypt hashes (creation and sign-in) per store before the clock starts.
 */
const ACCOUNTS = 10;
const READ_SECONDS = 16;
const WARMUP_SECONDS = 3;
/** Writes at a fixed concurrency: each waits for two audit commits (its attempt, then its outcome). */
const WRITE_CONNECTIONS = 16;
const WRITE_SECONDS = 10;
/** The targets (bench/README.md says why each). */
const READ_RATIO_TARGET = 0.7;
const WRITE_RATIO_TARGET = 0.7;
const TWO_INSTANCES_TARGET = 1.0;

/** /proc/<pid>/stat's fields after the command: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime (clock ticks). */
function statFields(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
}

/**
 * CPU seconds of PostgreSQL's server process and all its children: the live ones (a backend per pooled
 * connection, the WAL writer, the checkpointer…) and those that have ended (cutime, cstime).
 */
function serverCpuSeconds(postmaster: number): number {
  const own = statFields(postmaster);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(Number(entry));
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone since the listing.
    }
  }
  return ticks / 100;
}

type Kind = "read" | "write";
/** A load through one or more BFFs, each connection keeping one session (Cookie, and CSRF token for writes). */
async function load(bffs: readonly Bff[], sessions: readonly SignedIn[], ids: readonly string[], kind: Kind, connections: number, duration: number): Promise<LoadRun> {
  let nextUser = 0;
  // Two autocannon instances side by side (connections split evenly) when the load is spread over two BFFs.
  const runs = await Promise.all(
    bffs.map((bff) =>
      runSignedInLoad({
        url: bff.baseUrl,
        connections: Math.round(connections / bffs.length),
        duration,
        sessions,
        next: (session) => {
          // A different user each time (7919 is prime), as row 9 does: no answer comes from a cache.
          const path = `/api/users/${encodeURIComponent(ids[(nextUser++ * 7919) % ids.length] ?? "user")}`;
          const headers = { Cookie: session.cookie, Accept: "application/json" };
          return kind === "read"
            ? { method: "GET", path, headers }
            : { method: "DELETE", path: `${path}/lock`, headers: { ...headers, Origin: bff.baseUrl, "X-CSRF-Token": session.csrfToken } };
        },
      }),
    ),
  );
  return merge(runs);
}

/** A pass and the CPU µs per answer of the BFF(s) it went through and of PostgreSQL's server. */
type Pass = { run: LoadRun; bffUs: number; postgresUs: number };

async function measure(bffs: readonly Bff[], postmaster: number, work: () => Promise<LoadRun>): Promise<Pass> {
  const bffCpu = () => bffs.reduce((sum, bff) => sum + cpuSeconds(bff.pid), 0);
  const [bffBefore, pgBefore] = [bffCpu(), serverCpuSeconds(postmaster)];
  const run = await work();
  const answered = Math.max(1, run.latencies.length);
  const perAnswer = (seconds: number) => Math.round((seconds * 1e6) / answered);
  return { run, bffUs: perAnswer(bffCpu() - bffBefore), postgresUs: perAnswer(serverCpuSeconds(postmaster) - pgBefore) };
}

/**
 * Each pass in two halves, in the order a b c … c b a: the load of the machine drifts as other work comes
 * and goes, and a drift over the passes then weighs on each of them alike rather than on the last.
 */
async function mirrored<K extends string>(passes: Record<K, () => Promise<Pass>>): Promise<Record<K, Pass>> {
  const names = Object.keys(passes) as K[];
  const halves = new Map<K, Pass[]>(names.map((name) => [name, []]));
  for (const name of [...names, ...[...names].reverse()]) halves.get(name)?.push(await passes[name]());
  return Object.fromEntries(names.map((name) => [name, combine(halves.get(name) ?? [])])) as Record<K, Pass>;
}

/** Passes run one after the other, as one: answers over the time they took, CPU over the answers. */
function combine(parts: readonly Pass[]): Pass {
  const answers = parts.reduce((sum, p) => sum + p.run.latencies.length, 0);
  const seconds = parts.reduce((sum, p) => sum + p.run.latencies.length / Math.max(p.run.requestsPerSecond, Number.MIN_VALUE), 0);
  const perAnswer = (pick: (p: Pass) => number) => Math.round(parts.reduce((sum, p) => sum + pick(p) * p.run.latencies.length, 0) / Math.max(1, answers));
  const run = merge(parts.map((p) => p.run));
  return { run: { ...run, requestsPerSecond: seconds > 0 ? answers / seconds : 0 }, bffUs: perAnswer((p) => p.bffUs), postgresUs: perAnswer((p) => p.postgresUs) };
}

/** Runs side by side (the two instances' halves of one load): their answers together, their rates added. */
function merge(runs: LoadRun[]): LoadRun {
  const [first] = runs;
  if (!first || runs.length === 1) return first as LoadRun;
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [code, n] of Object.entries(run.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return {
    result: first.result,
    latencies: runs.flatMap((run) => run.latencies),
    statuses,
    requestsPerSecond: runs.reduce((sum, run) => sum + run.requestsPerSecond, 0),
  };
}

const ok = (run: LoadRun) => Object.entries(run.statuses).reduce((sum, [code, n]) => (/^2\d\d$/.test(code) ? sum + n : sum), 0);
/** Answers that are not 2xx, and requests with no answer at all. */
const failed = (run: LoadRun) => run.latencies.length - ok(run) + (run.statuses["errors"] ?? 0) + (run.statuses["timeouts"] ?? 0);
const summary = ({ run, bffUs, postgresUs }: Pass) => ({
  perSecond: round(run.requestsPerSecond, 0),
  cpuUsPerAnswer: { bff: bffUs, postgres: postgresUs },
  p50Ms: round(percentile(run.latencies, 50), 2),
  p99Ms: round(percentile(run.latencies, 99), 2),
  statuses: run.statuses,
});
const brief = (run: LoadRun, unit: string) =>
  `${Math.round(run.requestsPerSecond)} ${unit}, p50 ${percentile(run.latencies, 50).toFixed(1)} / p99 ${percentile(run.latencies, 99).toFixed(1)} ms`;
const others = (run: LoadRun) => JSON.stringify(Object.fromEntries(Object.entries(run.statuses).filter(([code]) => !/^2\d\d$/.test(code))));

/** ACCOUNTS helpdesk accounts made through `admin`'s BFF, each signed in once on `bff` (two at a time: scrypt). */
async function sessionsOn(ctx: Context, bff: Bff): Promise<SignedIn[]> {
  const admin = await signIn(bff.baseUrl, ctx.admin.username, ctx.admin.password);
  const accounts = Array.from({ length: ACCOUNTS }, (_, i) => ({ username: `bench-pg-${i + 1}`, password: `${ctx.admin.password}-pg-${i + 1}` }));
  const sessions: SignedIn[] = [];
  let next = 0;
  const worker = async () => {
    for (let account = accounts[next++]; account; account = accounts[next++]) {
      await createAccount(bff.baseUrl, admin, { ...account, role: "helpdesk" });
      sessions.push(await signIn(bff.baseUrl, account.username, account.password));
    }
  };
  await Promise.all([worker(), worker()]);
  return sessions;
}

async function bffOn(ctx: Context, name: string, databaseUrl?: string): Promise<Bff> {
  const sim = await ctx.sim();
  progress(`row 16: starting BFF ${name}`);
  return startBff({
    upstream: { platform: "bpcc", sim },
    dataDir: join(ctx.tmp, `row16-${name}`),
    admin: ctx.admin,
    logFile: join(ctx.tmp, `row16-${name}.log`),
    ...(databaseUrl ? { databaseUrl } : {}),
  });
}

/**
 * Sessions and audit on PostgreSQL against SQLite, and two instances against one (issue 15). A real
 * PostgreSQL server (Debian's, as the BFF's tests start it: apps/bff/test/postgres/pg-server.ts), fsync
 * on as SQLite's `synchronous = FULL`; three BFFs of this row's own: one on SQLite, two on one database.
 * Reads: 200 connections on 10 helpdesk sessions, `GET /api/users/:loginId` (a different user each), on
 * SQLite, on PostgreSQL, then spread evenly over the two PostgreSQL instances (the same sessions: made on
 * one, honoured by both), then on PostgreSQL with every client on one session (one rate-limit row).
 * Writes: `DELETE /api/users/:loginId/lock` (an unlock: one cheap call upstream, two audit writes in the
 * BFF) at 16 connections, on SQLite and on PostgreSQL. The CPU of the BFFs and of the server per answer
 * says where the time went on a machine whose cores the load fills.
 */
export const postgresRow: Row = {
  id: 16,
  what: "PostgreSQL vs SQLite: 200-client reads, audited writes; two instances vs one",
  target: `PG reads ≥ ${READ_RATIO_TARGET} × SQLite; PG writes ≥ ${WRITE_RATIO_TARGET} × SQLite; two ≥ ${TWO_INSTANCES_TARGET.toFixed(1)} × one`,
  async run(ctx) {
    progress("row 16: starting PostgreSQL");
    const postgres = await startPostgres();
    const bffs: Bff[] = [];
    try {
      const databaseUrl = await postgres.createDatabase();
      const sqlite = await bffOn(ctx, "sqlite");
      bffs.push(sqlite);
      // One after the other: both would race to migrate (the advisory lock makes that safe, not faster).
      const pgA = await bffOn(ctx, "postgres-a", databaseUrl);
      bffs.push(pgA);
      const pgB = await bffOn(ctx, "postgres-b", databaseUrl);
      bffs.push(pgB);
      const ids = await ctx.loginIds();

      progress(`row 16: ${ACCOUNTS} helpdesk accounts and a session each, on SQLite, then on PostgreSQL`);
      const sqliteSessions = await sessionsOn(ctx, sqlite);
      const pgSessions = await sessionsOn(ctx, pgA);
      // For the note: every client on one session, so that every request counts against one rate_limits row.
      const shared = pgSessions.slice(0, 1);

      progress(`row 16: warming up (${WARMUP_SECONDS} s each way)`);
      for (const bff of [sqlite, pgA, pgB]) {
        const sessions = bff === sqlite ? sqliteSessions : pgSessions;
        await load([bff], sessions, ids, "read", CLIENTS, WARMUP_SECONDS);
        await load([bff], sessions, ids, "write", WRITE_CONNECTIONS, WARMUP_SECONDS);
      }
      const postmaster = Number(readFileSync(join(postgres.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      const pass = (through: readonly Bff[], sessions: readonly SignedIn[], kind: Kind, connections: number, seconds: number) =>
        measure(through, postmaster, () => load(through, sessions, ids, kind, connections, seconds));
      progress(`row 16: reads, ${CLIENTS} connections × ${READ_SECONDS} s each: SQLite, PostgreSQL, two instances, one session (in halves, mirrored)`);
      const reads = await mirrored({
        sqliteReads: () => pass([sqlite], sqliteSessions, "read", CLIENTS, READ_SECONDS / 2),
        pgReads: () => pass([pgA], pgSessions, "read", CLIENTS, READ_SECONDS / 2),
        twoReads: () => pass([pgA, pgB], pgSessions, "read", CLIENTS, READ_SECONDS / 2),
        sharedReads: () => pass([pgA], shared, "read", CLIENTS, READ_SECONDS / 2),
      });
      progress(`row 16: audited writes (unlock), ${WRITE_CONNECTIONS} connections × ${WRITE_SECONDS} s each: SQLite, PostgreSQL (in halves, mirrored)`);
      const writes = await mirrored({
        sqliteWrites: () => pass([sqlite], sqliteSessions, "write", WRITE_CONNECTIONS, WRITE_SECONDS / 2),
        pgWrites: () => pass([pgA], pgSessions, "write", WRITE_CONNECTIONS, WRITE_SECONDS / 2),
      });
      const { sqliteReads, pgReads, twoReads, sharedReads } = reads;
      const { sqliteWrites, pgWrites } = writes;

      const perSecond = (p: Pass) => p.run.requestsPerSecond;
      const readRatio = perSecond(pgReads) / perSecond(sqliteReads);
      const writeRatio = perSecond(pgWrites) / perSecond(sqliteWrites);
      const twoRatio = perSecond(twoReads) / perSecond(pgReads);
      const judged = { sqliteReads, pgReads, twoReads, sqliteWrites, pgWrites };
      const failures = Object.values(judged).reduce((sum, p) => sum + failed(p.run), 0);
      const fiveHundreds = Object.values(judged).reduce((sum, p) => sum + serverErrors(p.run.statuses), 0);
      const nonOk = Object.entries({ ...judged, sharedReads })
        .map(([name, p]) => [name, others(p.run)] as const)
        .filter(([, text]) => text !== "{}");
      const cpu = (p: Pass, db: boolean) => `${p.bffUs}${db ? ` + ${p.postgresUs}` : ""}`;
      const pass16 = readRatio >= READ_RATIO_TARGET && writeRatio >= WRITE_RATIO_TARGET && twoRatio >= TWO_INSTANCES_TARGET && failures === 0;
      return {
        figure: `PG reads ${brief(pgReads.run, "/s")}; writes ${brief(pgWrites.run, "/s")}; two instances ${Math.round(perSecond(twoReads))}/s`,
        baseline: `SQLite reads ${brief(sqliteReads.run, "/s")}; writes ${brief(sqliteWrites.run, "/s")}`,
        ratio: `reads ${readRatio.toFixed(2)}×, writes ${writeRatio.toFixed(2)}×, two ${twoRatio.toFixed(2)}×`,
        result: verdict(pass16),
        note:
          `two instances on one PostgreSQL ${brief(twoReads.run, "reads/s")}, on 2 cores shared with the load generator, ` +
          `the simulator and PostgreSQL; CPU µs per answer, BFF(s) + PostgreSQL: reads SQLite ${cpu(sqliteReads, false)}, ` +
          `PG ${cpu(pgReads, true)}, two instances ${cpu(twoReads, true)}; writes SQLite ${cpu(sqliteWrites, false)}, PG ${cpu(pgWrites, true)}; ` +
          `${CLIENTS} clients on one account's session (one rate_limits row) ${brief(sharedReads.run, "reads/s")}; ` +
          `not 2xx or unanswered ${failures} (5xx and connection errors ${fiveHundreds})` +
          (nonOk.length ? `: ${nonOk.map(([name, text]) => `${name} ${text}`).join(", ")}` : ""),
        data: {
          clients: CLIENTS,
          accounts: ACCOUNTS,
          readSeconds: READ_SECONDS,
          writeConnections: WRITE_CONNECTIONS,
          writeSeconds: WRITE_SECONDS,
          reads: { sqlite: summary(sqliteReads), postgres: summary(pgReads), twoInstances: summary(twoReads), postgresOneAccount: summary(sharedReads) },
          writes: { sqlite: summary(sqliteWrites), postgres: summary(pgWrites) },
          ratios: { reads: round(readRatio, 3), writes: round(writeRatio, 3), twoInstances: round(twoRatio, 3) },
          failures,
        },
      };
    } finally {
      for (const bff of bffs) await bff.stop();
      await postgres.destroy();
    }
  },
};
