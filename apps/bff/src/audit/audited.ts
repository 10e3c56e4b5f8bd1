import type { Request, RequestHandler, Response } from "express";
import type { AuditChanges } from "@switchboard/contracts";
import { isStateChanging } from "../auth/csrf-middleware.ts";
import { declareAuditAction } from "../auth/route-access.ts";
import { AppError } from "../errors/app-error.ts";
import type { Logger } from "pino";
import { AUDIT_ACTION_LOCAL } from "../http/request-logging.ts";
import type { RouteNames } from "./route-names.ts";
import type { AuditAttempt, AuditOutcomeRecord, AuditStore } from "./audit-store.ts";

const RECORD = Symbol("audit record");

/** A state-changing request's record: begun (`id`) at once when someone is signed in, else when a route names it. */
interface RequestRecord {
  id: number | undefined;
  /** A route named it (`audited(action)`); else it is named at the end by the route it was going to. */
  named: boolean;
  attempt: AuditAttempt;
  changes: AuditChanges | null;
}
type Tracked = Response & { [RECORD]?: RequestRecord };

function outcomeOf(status: number): "succeeded" | "refused" | "failed" {
  if (status < 400) return "succeeded";
  return status < 500 ? "refused" : "failed";
}

const OUTCOME_UNRECORDED = {
  type: "/problems/database-unavailable",
  title: "Database unavailable",
  status: 503,
  detail:
    "Switchboard could not record this change's outcome in its audit trail, so it does not confirm it. The change may have been made on the platform: check before trying again.",
};

export interface AuditStateChangesOptions {
  /** Counts the anonymous requests refused before any route named them (metrics); none are recorded one by one. */
  countAnonymousRefusal?: (status: number) => void;
  /** One such refusal in this many milliseconds is recorded, as a sample; the rest are counted only. */
  sampleEveryMs?: number;
  logger?: Logger;
  now?: () => number;
  /** Names a request refused before its route by the route it was going to (audit/route-names.ts). */
  routeNames?: Pick<RouteNames, "nameOf">;
}

/**
 * Exactly one audit record per state-changing request of a signed-in person, refused ones included:
 * the attempt is written before any work (so a change that reached the upstream leaves a trace even if
 * the process dies), and its outcome just before the answer leaves (`res.end` waits for the write), so
 * a client never holds an answer whose record is not committed. If the outcome cannot be written, the
 * answer becomes a 503 that says so, and the write is retried until the database answers again.
 * Until a route names the action, the record says only the method and path.
 *
 * An anonymous request is recorded only once a route names it (sign-in): one refused before that (no
 * session, a foreign origin) would let anyone make the BFF write and sync a record per request, so those
 * are counted (`countAnonymousRefusal`) and one in each `sampleEveryMs` is recorded as a sample.
 */
export function auditStateChanges(store: AuditStore, options: AuditStateChangesOptions = {}): RequestHandler {
  const now = options.now ?? Date.now;
  const sampleEveryMs = options.sampleEveryMs ?? 60_000;
  let lastSample = Number.NEGATIVE_INFINITY;
  let unsampled = 0;
  const retry = createRetry(store, options.logger);

  const outcomeRecord = (res: Response, record: RequestRecord): AuditOutcomeRecord => {
    const problem: unknown = res.locals["problem"];
    return {
      outcome: outcomeOf(res.statusCode),
      status: res.statusCode,
      reason: problem instanceof AppError ? problem.message : null,
      // A change that failed part-way says what it still did; else what the route attached.
      changes: (problem instanceof AppError ? problem.changes : undefined) ?? record.changes,
    };
  };

  /** A request refused before its route: called what its route calls it, in the trail and in the log. */
  const nameUnrouted = (req: Request, res: Response, record: RequestRecord) => {
    if (record.named) return undefined;
    const name = options.routeNames?.nameOf(req.method, req.originalUrl.split("?")[0] ?? "");
    if (!name) return undefined;
    record.attempt = { ...record.attempt, action: name.action, target: name.target ?? record.attempt.target };
    res.locals[AUDIT_ACTION_LOCAL] = name.action;
    return name;
  };

  /** Writes what the record needs before the answer; false when the database could not take it. */
  const settle = async (req: Request, res: Response, record: RequestRecord): Promise<boolean> => {
    const name = nameUnrouted(req, res, record);
    if (record.id === undefined) {
      options.countAnonymousRefusal?.(res.statusCode);
      if (now() - lastSample < sampleEveryMs) return (unsampled++, true);
      lastSample = now();
      const outcome = outcomeRecord(res, record);
      const reason = `${outcome.reason ?? "Refused."} (A sample: ${unsampled} more anonymous request(s) were refused since the last one recorded, and counted only.)`;
      unsampled = 0;
      try {
        const id = await store.begin(record.attempt);
        await store.complete(id, { ...outcome, reason });
      } catch (error) {
        options.logger?.warn({ err: describe(error) }, "sampled anonymous refusal not recorded");
      }
      return true;
    }
    const outcome = outcomeRecord(res, record);
    try {
      if (name) await store.label(record.id, { action: record.attempt.action, target: record.attempt.target });
      await store.complete(record.id, outcome);
      return true;
    } catch (error) {
      retry(record.id, outcome, error);
      return false;
    }
  };

  return async (req, res, next) => {
    if (!isStateChanging(req)) return next();
    const record: RequestRecord = {
      id: undefined,
      named: false,
      attempt: {
        actor: req.auth?.username ?? "anonymous",
        role: req.auth?.role ?? null,
        clientIp: req.ip ?? "unknown",
        action: `http.${req.method.toLowerCase()}`,
        target: req.originalUrl.split("?")[0] ?? null,
        requestId: String((req.id as string | number | undefined) ?? ""),
      },
      changes: null,
    };
    if (req.auth) record.id = await store.begin(record.attempt);
    (res as Tracked)[RECORD] = record;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      if (res.headersSent) {
        // Only a streamed answer has its headers out before its end: its record still closes before the end.
        void settle(req, res, record).finally(() => end(...args));
        return res;
      }
      void settle(req, res, record).then((recorded) => {
        if (recorded) return end(...args);
        for (const name of res.getHeaderNames()) if (name !== "x-request-id") res.removeHeader(name);
        res.statusCode = 503;
        res.setHeader("Content-Type", "application/problem+json; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        return end(JSON.stringify(OUTCOME_UNRECORDED));
      });
      return res;
    }) as Response["end"];
    next();
  };
}

/** An outcome the database could not take, written again every few seconds until it can (for a day at most). */
function createRetry(store: AuditStore, logger: Logger | undefined) {
  const waiting = new Map<number, AuditOutcomeRecord>();
  let timer: NodeJS.Timeout | undefined;
  const flush = async () => {
    timer = undefined;
    for (const [id, outcome] of waiting) {
      try {
        await store.complete(id, outcome);
        waiting.delete(id);
      } catch {
        break;
      }
    }
    if (waiting.size > 0) timer = setTimeout(() => void flush(), 2_000).unref();
    else logger?.info("audit outcomes held during a database outage written");
  };
  return (id: number, outcome: AuditOutcomeRecord, error: unknown) => {
    logger?.error({ auditId: id, err: describe(error) }, "audit outcome not written; held to write again");
    if (waiting.size < 100_000) waiting.set(id, outcome);
    timer ??= setTimeout(() => void flush(), 2_000).unref();
  };
}

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) };
}

export type AuditedOptions = {
  /** What the request acts on, e.g. the login id from the path. */
  target?: (req: Request) => string | undefined;
  /** Who acts when nobody is signed in yet (sign-in): the name they gave. */
  actor?: (req: Request) => string | undefined;
};

/** Declares a route's audit action; place it before `authorize` so refusals carry the action's name. */
export function createAudited(store: AuditStore) {
  return function audited(action: string, options: AuditedOptions = {}): RequestHandler {
    const label: RequestHandler = async (req, res, next) => {
      const record = (res as Tracked)[RECORD];
      if (record) {
        const actor = req.auth ? undefined : options.actor?.(req);
        const naming = { action, target: options.target?.(req) ?? null, ...(actor ? { actor } : {}) };
        record.named = true;
        res.locals[AUDIT_ACTION_LOCAL] = action;
        if (record.id === undefined) record.id = await store.begin({ ...record.attempt, ...naming });
        else await store.label(record.id, naming);
      }
      next();
    };
    // The route inventory reads it back, so a test can hold every action to the list in audit-actions.ts.
    return declareAuditAction(label, action);
  };
}
export type Audited = ReturnType<typeof createAudited>;

/** A route attaches what its change did (before → after); secrets are redacted when stored. */
export function recordChanges(res: Response, changes: AuditChanges): void {
  const record = (res as Tracked)[RECORD];
  if (record) record.changes = changes;
}
