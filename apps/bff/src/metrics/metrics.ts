import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { UpstreamObserver } from "@switchboard/upstream-http";

/**
 * The operators' signals in the Prometheus text format (prom-client), on a registry of our own: the
 * requests the BFF answered by route template (never a login id: a path's parameters stay `:name`),
 * status and duration; every upstream attempt by operation and outcome, and those in flight; the
 * process's own (memory, event-loop lag, CPU). Served only on METRICS_PORT or to METRICS_TOKEN
 * (http/metrics-endpoint.ts), never to the public.
 */
export interface Metrics {
  readonly registry: Registry;
  /** First middleware of the app: times each request and counts it under its route template once it ends. */
  readonly requests: RequestHandler;
  /** Given to the platform client (`observer`): every attempt it makes. */
  readonly upstream: UpstreamObserver;
  /** The API's routes (auth/route-inventory.ts), so that each request is counted under its route's whole template. */
  nameRoutes(routes: readonly { path: string; expressRoute: object }[]): void;
  /** An anonymous state-changing request refused before any route named it: counted, not audited one by one (audit/audited.ts). */
  readonly anonymousRefusal: (status: number) => void;
  /**
   * Gauges read at each scrape: the database pool (PostgreSQL only) and the jobs by state. Each source is
   * asked when Prometheus scrapes, never on the request path.
   */
  observe(sources: { pool?: () => { total: number; idle: number; waiting: number }; jobs?: () => Promise<Record<string, number>> }): void;
}

/**
 * A route as Express matched it (`/api/users/:loginId`), its whole template from the route inventory: a router
 * mounted under `/api/users` knows only `/:loginId`. What matched no route is labelled by where it went.
 */
function routeOf(req: Parameters<RequestHandler>[0], templates: WeakMap<object, string>): string {
  const route: unknown = req.route;
  const template = typeof route === "object" && route !== null ? templates.get(route) : undefined;
  if (template !== undefined) return template;
  const path = typeof route === "object" && route !== null && "path" in route && typeof route.path === "string" ? route.path : undefined;
  // An error answered by the app's error middleware has left the /api router, which resets baseUrl.
  if (path !== undefined) return `${req.baseUrl || (req.originalUrl.startsWith("/api/") ? "/api" : "")}${path}`;
  return req.originalUrl.startsWith("/api/") ? "/api (no route)" : "static";
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: "switchboard_" });

  const requests = new Counter({
    name: "switchboard_http_requests_total",
    help: "Requests answered, by method, route template and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: "switchboard_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by method and route template.",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 12],
    registers: [registry],
  });
  const attempts = new Counter({
    name: "switchboard_upstream_attempts_total",
    help: "Attempts at the contact-center platform, by client operation and outcome (ok, http_<status>, timeout, network, stopped); BPCC token fetches are operation getToken.",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  const attemptSeconds = new Histogram({
    name: "switchboard_upstream_attempt_duration_seconds",
    help: "Time of one attempt at the platform, by operation.",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: "switchboard_upstream_in_flight",
    help: "Attempts at the platform under way now (bounded by BPCC_CONCURRENCY or GWS_CONCURRENCY).",
    registers: [registry],
  });

  const anonymousRefusals = new Counter({
    name: "switchboard_anonymous_refusals_total",
    help: "State-changing requests from no one signed in, refused before any route named them (no session, a foreign origin), by status; one a minute is sampled into the audit trail.",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  const sources: Parameters<Metrics["observe"]>[0] = {};
  new Gauge({
    name: "switchboard_db_pool_connections",
    help: "PostgreSQL pool connections by state (in_use, idle) and requests waiting for one (waiting); absent on SQLite.",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const pool = sources.pool?.();
      if (!pool) return;
      this.set({ state: "in_use" }, pool.total - pool.idle);
      this.set({ state: "idle" }, pool.idle);
      this.set({ state: "waiting" }, pool.waiting);
    },
  });
  new Gauge({
    name: "switchboard_jobs",
    help: "Jobs in the database by state (running, succeeded, failed, interrupted), all instances together.",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const counts = await sources.jobs?.().catch(() => undefined);
      if (!counts) return;
      this.reset();
      for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
    },
  });

  // Each route's series looked up once: prom-client hashes a label object on every call (bench row 1).
  // Bounded: route templates × methods × statuses.
  const requestSeries = new Map<string, { answered: { inc(): void }; seconds: { observe(value: number): void } }>();
  const templates = new WeakMap<object, string>();

  return {
    registry,
    anonymousRefusal: (status) => anonymousRefusals.inc({ status: String(status) }),
    nameRoutes(routes) {
      for (const route of routes) templates.set(route.expressRoute, route.path);
    },
    observe(given) {
      Object.assign(sources, given);
    },
    requests: (req, res, next) => {
      const started = performance.now();
      res.once("finish", () => {
        const route = routeOf(req, templates);
        const key = `${req.method} ${route} ${res.statusCode}`;
        let series = requestSeries.get(key);
        if (!series) {
          series = {
            answered: requests.labels({ method: req.method, route, status: String(res.statusCode) }),
            seconds: requestSeconds.labels({ method: req.method, route }),
          };
          requestSeries.set(key, series);
        }
        series.answered.inc();
        series.seconds.observe((performance.now() - started) / 1000);
      });
      next();
    },
    upstream: {
      attemptStarted(operation) {
        inFlight.inc();
        return (outcome, seconds) => {
          inFlight.dec();
          attempts.inc({ operation, outcome });
          attemptSeconds.observe({ operation }, seconds);
        };
      },
    },
  };
}

/**
 * `GET /metrics` for the main port when METRICS_TOKEN is set: answers only to `Authorization: Bearer
 * <token>` (compared in constant time), else 404 as if there were nothing here.
 */
export function metricsWithToken(registry: Registry, token: string): RequestHandler {
  const expected = Buffer.from(`Bearer ${token}`);
  return (req, res, next) => {
    const given = Buffer.from(req.get("authorization") ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return next();
    void serveMetrics(registry, res);
  };
}

export async function serveMetrics(registry: Registry, res: Parameters<RequestHandler>[1]): Promise<void> {
  res.set("Content-Type", registry.contentType).set("Cache-Control", "no-store").send(await registry.metrics());
}
