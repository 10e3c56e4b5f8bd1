import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { Writable } from "node:stream";
import { createBpccClient, type BpccClientOptions } from "@switchboard/bpcc";
import { startSimulator, type SimulatorOptions } from "@switchboard/bpcc-sim";
import { createGenesysClient, type GenesysClientOptions } from "@switchboard/genesys";
import { startSimulator as startGenesysSimulator, type SimulatorOptions as GenesysSimulatorOptions } from "@switchboard/genesys-sim";
import type { Role } from "@switchboard/contracts";
import supertest from "supertest";
import { createApp, type AppDeps } from "../src/app.ts";
import { hashPassword, type ScryptParams } from "../src/auth/password-hash.ts";
import { DEFAULT_REQUEST_DEADLINE_MS } from "../src/config/env-schema.ts";
import { openDatabase } from "../src/db/database.ts";
import { createLogger } from "../src/logging/logger.ts";
import { createBpccPlatform } from "../src/platform/bpcc-platform.ts";
import { createGenesysPlatform } from "../src/platform/genesys-platform.ts";
import type { Platform } from "../src/platform/platform.ts";
import { startRecordingProxy, type UpstreamCall } from "./security/recording-proxy.ts";

/** Cheap scrypt for tests only; production hashes with OWASP's parameters. */
export const FAST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };
export const PASSWORD = "correct horse battery staple";
export const ROLES: readonly Role[] = ["viewer", "helpdesk", "supervisor", "admin"];
/** What a browser on our own pages sends with a state-changing request. */
export const SAME_ORIGIN = { "Sec-Fetch-Site": "same-origin" } as const;

export type Harness = Awaited<ReturnType<typeof startHarness>>;
export type GenesysHarness = Awaited<ReturnType<typeof startGenesysHarness>>;

export interface HarnessOptions {
  /** Simulator options, e.g. a sentinel `clientSecret`. */
  sim?: SimulatorOptions;
  /** BPCC client options over the harness's own (credentials, timeouts, retries). */
  client?: Partial<Omit<BpccClientOptions, "baseUrl" | "logger">>;
  /** Routes the BFF's upstream calls through a recording proxy, so a test sees exactly what the platform received. */
  recordUpstream?: boolean;
  /** Reshapes the BPCC platform before the app gets it, e.g. to play a platform that lacks some operations. */
  platform?: (bpcc: Platform) => Platform;
  /** App options that need the BFF's own address (single sign-on's redirect URI): the port is bound first. */
  depsFor?: (baseUrl: string) => Partial<AppDeps>;
}

/** The BFF in-process on port 0, against the BPCC simulator over real HTTP, with one account per role. */
export async function startHarness(overrides: Partial<AppDeps> = {}, options: HarnessOptions = {}) {
  const sim = await startSimulator({ users: 60, seed: 7, ...options.sim, host: "127.0.0.1", port: 0 });
  return serveBff(sim, overrides, options, (baseUrl, logger) =>
    // The client logs into the same stream as the BFF, as in server.ts, so tests see its lines too.
    createBpccPlatform(createBpccClient({ baseUrl, ...sim.credentials, timeoutMs: 2_000, retries: 1, ...options.client, logger })),
  );
}

export interface GenesysHarnessOptions extends Omit<HarnessOptions, "sim" | "client"> {
  /** Genesys simulator options, e.g. a sentinel `password` or `errorsWithHttp200`. */
  sim?: GenesysSimulatorOptions;
  /** GWS client options over the harness's own. */
  client?: Partial<Omit<GenesysClientOptions, "baseUrl" | "logger">>;
}

/** The same BFF on PLATFORM=genesys: against the Genesys simulator (a `/gws` context path, CSRF on), over real HTTP. */
export async function startGenesysHarness(overrides: Partial<AppDeps> = {}, options: GenesysHarnessOptions = {}) {
  const sim = await startGenesysSimulator({ users: 60, seed: 7, contextPath: "/gws", ...options.sim, host: "127.0.0.1", port: 0 });
  return serveBff(sim, overrides, options, (baseUrl, logger) =>
    createGenesysPlatform(createGenesysClient({ baseUrl, ...sim.credentials, timeoutMs: 2_000, retries: 1, ...options.client, logger })),
  );
}

type Logger = ReturnType<typeof createLogger>;

/** What both harnesses share: the app over a platform built on the simulator (or a recording proxy in front of it). */
async function serveBff<Sim extends { baseUrl: string; close(): Promise<void> }>(
  sim: Sim,
  overrides: Partial<AppDeps>,
  options: { recordUpstream?: boolean; platform?: (platform: Platform) => Platform; depsFor?: (baseUrl: string) => Partial<AppDeps> },
  platformOver: (baseUrl: string, logger: Logger) => Platform,
) {
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString("utf8"));
      done();
    },
  });
  const logger = createLogger("info", logStream);
  // The proxy stands for the simulator's origin; a context path (GWS's `/gws`) stays on the client's base URL.
  const upstream = new URL(sim.baseUrl);
  const proxy = options.recordUpstream ? await startRecordingProxy(upstream.origin) : undefined;
  const baseUrlOfUpstream = proxy ? `${proxy.url}${upstream.pathname.replace(/\/+$/, "")}` : sim.baseUrl;
  const db = overrides.db ?? (await openDatabase(":memory:"));
  // Bound before the app exists, so that options may name the BFF's own address.
  const server: Server = await new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A test whose app refuses to build (an unguarded route, say) must not leave the port open.
  const built = (() => {
    try {
      return createApp({
        db,
        platform: (options.platform ?? ((platform) => platform))(platformOver(baseUrlOfUpstream, logger)),
        logger,
        demo: false,
        session: { idleMs: 60_000, maxMs: 3_600_000 },
        requestDeadlineMs: DEFAULT_REQUEST_DEADLINE_MS,
        passwordParams: FAST_SCRYPT,
        ...overrides,
        ...options.depsFor?.(baseUrl),
      });
    } catch (error) {
      server.close();
      throw error;
    }
  })();
  const { app, accounts, audit, routes, jobs } = built;
  server.on("request", app);
  // A second harness on the same database (two instances) finds them already there.
  for (const role of ROLES) if (!(await accounts.find(role))) await accounts.create({ username: role, passwordHash: await hashPassword(PASSWORD, overrides.passwordParams ?? FAST_SCRYPT), role });

  async function signIn(username: string, password = PASSWORD) {
    const agent = supertest.agent(baseUrl);
    const res = await agent.post("/api/session").set(SAME_ORIGIN).send({ username, password });
    if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}`);
    return { agent, csrfToken: String(res.body.csrfToken), response: res };
  }

  return {
    baseUrl,
    sim,
    db,
    accounts,
    audit,
    jobs,
    routes,
    logLines,
    request: () => supertest(baseUrl),
    signIn,
    /** Every call the platform received; only for a harness started with `recordUpstream`. */
    upstreamCalls(): UpstreamCall[] {
      if (!proxy) throw new Error("start the harness with { recordUpstream: true } to see upstream calls");
      return proxy.calls;
    },
    /** The bodies the platform received for this user's updates (`PUT /user/{loginId}`: BPCC's). */
    updatesSentFor(loginId: string): unknown[] {
      return this.upstreamCalls()
        .filter((call) => call.method === "PUT" && call.url.endsWith(`/user/${loginId}`))
        .map((call) => JSON.parse(call.requestBody));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await proxy?.close();
      await sim.close();
      await db.close();
    },
  };
}
