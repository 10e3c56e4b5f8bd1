import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, createWriteStream, mkdirSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { json } from "./http.ts";
import { progress } from "./log.ts";
import { PROCESS_ENV, serverArgs } from "../../apps/bff/src/config/process-settings.ts";

export const REPO = join(import.meta.dirname, "..", "..");

const children = new Set<ChildProcess>();

/** Our own children only, by pid: on any exit of the bench none is left running. */
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null && child.pid) process.kill(child.pid, "SIGKILL");
});

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 8_000);
  await exited;
  clearTimeout(timer);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : Number.NaN;
}

export interface SimCredentials {
  clientId: string;
  clientSecret: string;
  scope: string;
}

/** The Genesys simulator's API user: HTTP Basic. */
export interface GwsCredentials {
  username: string;
  password: string;
}

export type SimPlatform = "bpcc" | "genesys";

export interface Sim<C = SimCredentials> {
  baseUrl: string;
  users: number;
  credentials: C;
  pid: number;
  /** The control plane over HTTP (`/sim/...`), JSON in and out. */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  callCounts(): Promise<Record<string, number>>;
  /** API calls open at the simulator now, and the most at once since the call counts were reset. */
  inFlight(): Promise<{ now: number; peak: number }>;
  stop(): Promise<void>;
}

export function startSim(users: number, logDir: string): Promise<Sim> {
  return startSimProcess<SimCredentials>("bpcc", users, logDir);
}

export function startGenesysSim(users: number, logDir: string): Promise<Sim<GwsCredentials>> {
  return startSimProcess<GwsCredentials>("genesys", users, logDir);
}

async function startSimProcess<C>(platform: SimPlatform, users: number, logDir: string): Promise<Sim<C>> {
  const child = track(
    spawn(process.execPath, [join(import.meta.dirname, "sim-process.ts"), "--users", String(users), "--platform", platform], {
      cwd: logDir,
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const logFile = join(logDir, platform === "bpcc" ? "sim.log" : `sim-${platform}.log`);
  child.stderr?.pipe(createWriteStream(logFile));
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the simulator exited (${code}) before it listened; see ${logFile}`)));
  });
  const started: { baseUrl: string; controlUrl: string; credentials: C } = JSON.parse(line);
  const control = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await json<T>(`${started.controlUrl}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
    });
    if (res.status >= 400) throw new Error(`sim control ${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    baseUrl: started.baseUrl,
    credentials: started.credentials,
    users,
    pid: child.pid ?? 0,
    control,
    callCounts: () => control<Record<string, number>>("GET", "/calls"),
    inFlight: () => control<{ now: number; peak: number }>("GET", "/in-flight"),
    stop: () => stopChild(child),
  };
}

/** Runs `work` with the simulator answering every API call after `fixedMs`, as a tenant across a network does; then no faults. */
export async function withUpstreamLatency<T>(sim: Pick<Sim<unknown>, "control">, fixedMs: number, work: () => Promise<T>): Promise<T> {
  await sim.control("PUT", "/latency", { fixedMs, jitterMs: 0 });
  try {
    return await work();
  } finally {
    await sim.control("DELETE", "/faults");
  }
}

/** What the BFF is told about its upstream: Bright Pattern's simulator (BPCC_*) or Genesys's (PLATFORM=genesys, GWS_*). */
export type Upstream = { platform: "bpcc"; sim: Sim } | { platform: "genesys"; sim: Sim<GwsCredentials>; concurrency: number };

function upstreamEnv(upstream: Upstream): Record<string, string> {
  if (upstream.platform === "genesys") {
    return {
      PLATFORM: "genesys",
      GWS_BASE_URL: upstream.sim.baseUrl,
      GWS_USERNAME: upstream.sim.credentials.username,
      GWS_PASSWORD: upstream.sim.credentials.password,
      GWS_TIMEOUT_MS: String(BFF_TIMEOUT_MS),
      GWS_CONCURRENCY: String(upstream.concurrency),
    };
  }
  const { sim } = upstream;
  return {
    BPCC_BASE_URL: sim.baseUrl,
    BPCC_CLIENT_ID: sim.credentials.clientId,
    BPCC_CLIENT_SECRET: sim.credentials.clientSecret,
    BPCC_SCOPE: sim.credentials.scope,
    BPCC_TIMEOUT_MS: String(BFF_TIMEOUT_MS),
  };
}

/** The BFF's upstream deadline per attempt, set explicitly (BPCC_TIMEOUT_MS, GWS_TIMEOUT_MS) so row 7's bound is known. */
export const BFF_TIMEOUT_MS = 10_000;

export interface BffOptions {
  upstream: Upstream;
  dataDir: string;
  admin: { username: string; password: string };
  logFile: string;
  /** DATABASE_URL: the BFF keeps its state in this PostgreSQL database instead of SQLite in `dataDir` (row 16). */
  databaseUrl?: string;
}

export interface Bff {
  baseUrl: string;
  pid: number;
  rss(): number;
  stop(): Promise<void>;
}

/**
 * The product as `pnpm start` runs it: `node apps/bff/src/server.ts` with Node's settings for it
 * (apps/bff/src/config/process-settings.ts), pointed at the bench's simulator.
 */
export async function startBff(options: BffOptions): Promise<Bff> {
  const port = await freePort();
  mkdirSync(options.dataDir, { recursive: true });
  // A file, not a pipe: the BFF's log writes never wait for the bench's (busy) event loop to drain them.
  const log = openSync(options.logFile, "a");
  const child = track(
    // BENCH_BFF_NODE_ARGS (e.g. "--cpu-prof") is for diagnosing a figure; the profile lands in the data directory.
    spawn(process.execPath, serverArgs(process.env.BENCH_BFF_NODE_ARGS?.split(" ").filter(Boolean)), {
      // Its own working directory, so a developer's .env in the repository does not change the bench.
      cwd: options.dataDir,
      stdio: ["ignore", log, log],
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        ...upstreamEnv(options.upstream),
        DATA_DIR: options.dataDir,
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        DASHBOARD_ADMIN_USER: options.admin.username,
        DASHBOARD_ADMIN_PASSWORD: options.admin.password,
        LOG_LEVEL: process.env.BENCH_BFF_LOG_LEVEL ?? "info",
        // Row 11 times a fill it starts itself; a fill at start would add 20,000 reads to the other rows' figures.
        USER_INDEX_FILL: "first-read",
        // The bench's 200 clients share one account: the API's rate limit would answer 429, not measure the BFF.
        RATE_LIMIT_READS_PER_MINUTE: "100000000",
        RATE_LIMIT_WRITES_PER_MINUTE: "100000000",
        ...PROCESS_ENV,
        // Set to compare: e.g. MALLOC_ARENA_MAX=8 pnpm bench --only 9.
        ...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {}),
      },
    }),
  );
  closeSync(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the BFF exited (${child.exitCode}) at start; see ${options.logFile}`);
    try {
      const res = await json(`${baseUrl}/api/health`, { timeoutMs: 1_000, agent: false });
      if (res.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the BFF did not answer /api/health within 60 s; see ${options.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  progress(`BFF listening at ${baseUrl} (pid ${child.pid})`);
  const pid = child.pid ?? 0;
  return { baseUrl, pid, rss: () => residentBytes(pid), stop: () => stopChild(child) };
}
