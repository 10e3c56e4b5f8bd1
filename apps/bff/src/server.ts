import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { createBpccClient } from "@switchboard/bpcc";
import { createGenesysClient } from "@switchboard/genesys";
import { createApp } from "./app.ts";
import { reconcileInterruptedRecords } from "./audit/interrupted-records.ts";
import { ensureAccount, upsertDemoAccounts } from "./auth/accounts-service.ts";
import { teamScopeRefusal } from "./auth/team-scope-start.ts";
import { AppError } from "./errors/app-error.ts";
import { ConfigError, loadDotEnv, readConfig, type Config, type GenesysConfig, type UpstreamConfig } from "./config/env.ts";
import { DEFAULT_LOG_LEVEL, type LogLevel, type PlatformName } from "./config/env-schema.ts";
import { openDatabase } from "./db/database.ts";
import { registerInstance } from "./db/instances.ts";
import { createLogger } from "./logging/logger.ts";
import { createBpccPlatform } from "./platform/bpcc-platform.ts";
import { createGenesysPlatform } from "./platform/genesys-platform.ts";
import type { Platform } from "./platform/platform.ts";
import { createMetrics, type Metrics } from "./metrics/metrics.ts";

const WEB_DIST = resolve(import.meta.dirname, "../../web/dist");

function readConfigOrExit(): Config {
  try {
    loadDotEnv();
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Switchboard cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database, {
    // An idle connection that died (PostgreSQL restarted): the pool replaces it; the error names no host.
    onPoolError: (error) => logger.warn({ err: { name: error.name, message: error.message } }, "database connection lost"),
  }).catch((error: unknown) => {
    // Unreachable, refused, or a schema from a newer release: one line that says which, never a stack
    // trace (DatabaseUnavailable and the schema's message name no host, user or password).
    console.error(`Switchboard cannot start. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  const instanceId = randomUUID();

  const metrics = createMetrics();
  const { platform, sim, concurrency } = config.platform === "genesys" ? await genesysPlatform(config, logger, metrics) : await bpccPlatform(config, logger, metrics);
  const demo = sim !== undefined;
  const { app, accounts, audit, jobs } = createApp({
    db,
    instanceId,
    platform,
    logger,
    demo,
    requestDeadlineMs: config.requestDeadlineMs,
    upstreamConcurrency: concurrency,
    publicOrigin: config.publicOrigin,
    trustProxy: config.trustProxy,
    session: config.session,
    webDist: WEB_DIST,
    metrics,
    metricsToken: config.metrics.token,
    userIndex: { concurrency, ...config.userIndex },
    sso: config.sso,
    localSignIn: config.localSignIn,
    rateLimits: config.rateLimits,
  });
  // Before listening: what a stopped instance left pending or running is marked interrupted, then at each heartbeat.
  const instance = await registerInstance(db, {
    id: instanceId,
    logger,
    reconcile: async (liveSince) => {
      await reconcileInterruptedRecords(audit, logger, liveSince);
      await jobs.interruptAbandoned(liveSince);
    },
  });

  const scopeRefusal = await teamScopeRefusal(accounts, platform.capabilities, config.sso?.teamsClaim);
  if (scopeRefusal !== undefined) {
    console.error(`Switchboard cannot start. ${scopeRefusal}`);
    await sim?.close();
    await instance.stop();
    await db.close();
    process.exit(1);
  }
  if (config.bootstrapAdmin) {
    try {
      const created = await ensureAccount(accounts, { ...config.bootstrapAdmin, role: "admin" });
      if (created) logger.info({ username: config.bootstrapAdmin.username }, "bootstrap admin account created");
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      console.error(`Switchboard cannot start. ${error.message}`);
      await sim?.close();
      await instance.stop();
      await db.close();
      process.exit(1);
    }
  }
  const demoPassword = config.demo.password ?? randomBytes(12).toString("base64url");
  if (demo) await upsertDemoAccounts(accounts, demoPassword);

  const server = app.listen(config.port, config.host, () => {
    const local = config.host === "0.0.0.0" || config.host === "127.0.0.1" || config.host === "::";
    // The port bound, not the one asked for: PORT=0 picks a free one.
    const url = `http://${local ? "localhost" : config.host}:${(server.address() as AddressInfo).port}`;
    logger.info({ url, demo }, "switchboard listening");
    // Only in demo mode: a real deployment's passwords and secrets are never printed.
    if (demo) printDemoSummary({ url, password: demoPassword, users: config.demo.tenantUsers, logLevel: config.logLevel, platform: config.platform });
  });

  // Metrics on a port of their own, for a scraper inside the network; never the public port's routes.
  const metricsServer = config.metrics.port === undefined ? undefined : serveMetricsOnPort(metrics, config.metrics.port, config.host, logger);

  let stopping = false;
  const shutdown = (signal: string) => {
    // A terminal's Ctrl-C reaches this process twice: from the terminal and passed on by the launcher.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // Requests under way finish, and their audit outcome is written; idle keep-alive connections close now.
    // Jobs finish the users under way, start no more, and are recorded interrupted with how far they got.
    metricsServer?.close();
    const answered = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    void (async () => {
      await Promise.all([answered, jobs.stop()]);
      await sim?.close();
      await instance.stop();
      await db.close();
      process.exit(0);
    })();
    // What is still running after 25 s (within an orchestrator's usual 30 s) stays `pending` and is marked
    // interrupted at the next start, or by another instance once this one is no longer seen.
    setTimeout(() => process.exit(1), 25_000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

type Logger = ReturnType<typeof createLogger>;
/** `concurrency`: the client's bound on calls in flight, which the user index's fill keeps to as well. */
type Running = { platform: Platform; sim: { close(): Promise<void> } | undefined; concurrency: number };

// Each simulator is loaded only in its demo mode: against a real tenant it and its seed data stay out of memory.

async function bpccPlatform(config: Config, logger: Logger, metrics: Metrics): Promise<Running> {
  let upstream: UpstreamConfig | undefined = config.upstream;
  const sim = upstream
    ? undefined
    : await (await import("@switchboard/bpcc-sim")).startSimulator({ users: config.demo.tenantUsers, port: config.demo.simPort, host: "127.0.0.1" });
  if (sim) upstream = { baseUrl: sim.baseUrl, ...sim.credentials, timeoutMs: 10_000, concurrency: 64 };
  if (!upstream) throw new Error("unreachable: no upstream configured");
  // Three retries for reads and unlock: at a 10% upstream failure rate, three misses in a row happen
  // once in 10,000 calls instead of once in 1,000 (the bench's fault row).
  return { platform: createBpccPlatform(createBpccClient({ ...upstream, retries: 3, logger, observer: metrics.upstream })), sim, concurrency: upstream.concurrency };
}

async function genesysPlatform(config: Config, logger: Logger, metrics: Metrics): Promise<Running> {
  let gws: GenesysConfig | undefined = config.genesys;
  const sim = gws
    ? undefined
    : await (await import("@switchboard/genesys-sim")).startSimulator({ users: config.demo.tenantUsers, port: config.demo.simPort, host: "127.0.0.1" });
  if (sim) gws = { baseUrl: sim.baseUrl, ...sim.credentials, timeoutMs: 10_000, concurrency: 16 };
  if (!gws) throw new Error("unreachable: no GWS server configured");
  // Reads retried as on BPCC; writes never (the client's rule).
  return { platform: createGenesysPlatform(createGenesysClient({ ...gws, retries: 3, logger, observer: metrics.upstream })), sim, concurrency: gws.concurrency };
}

const PLATFORM_WORDS: Record<PlatformName, { sim: string; connect: string }> = {
  bpcc: { sim: "a built-in Bright Pattern simulator", connect: "BPCC_BASE_URL and its credentials connect a real tenant" },
  genesys: { sim: "a built-in Genesys (GWS 8.5) simulator", connect: "GWS_BASE_URL, GWS_USERNAME and GWS_PASSWORD connect a real GWS server" },
};

/**
 * What a person who ran `pnpm start` needs, printed once the BFF listens: where, who, which password.
 * At the demo's default level no request log follows it, so it stays the last thing on the screen.
 */
function printDemoSummary(demo: { url: string; password: string; users: number; logLevel: LogLevel; platform: PlatformName }): void {
  const words = PLATFORM_WORDS[demo.platform];
  const logs =
    demo.logLevel === DEFAULT_LOG_LEVEL.demo
      ? `Only errors are logged (LOG_LEVEL=${demo.logLevel}); LOG_LEVEL=info logs every request.`
      : `Logging at LOG_LEVEL=${demo.logLevel}.`;
  console.log(
    [
      "",
      `  Switchboard is ready, in DEMO MODE: ${words.sim} with ${demo.users} made-up users.`,
      "",
      `    Open       ${demo.url}`,
      "    Sign in as viewer, helpdesk, supervisor or admin (one account per role)",
      `    Password   ${demo.password}`,
      "",
      `  ${logs}`,
      `  DEMO_PASSWORD chooses the password; ${words.connect}.`,
      "",
    ].join("\n"),
  );
}

await main();

/** `GET /metrics` alone on its own port (METRICS_PORT); everything else there is 404. */
function serveMetricsOnPort(metrics: Metrics, port: number, host: string, logger: Logger): Server {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    void metrics.registry.metrics().then(
      (text) => res.writeHead(200, { "Content-Type": metrics.registry.contentType, "Cache-Control": "no-store" }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  server.listen(port, host, () => logger.info({ port, host }, "metrics listening"));
  return server;
}
