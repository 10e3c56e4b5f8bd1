import type { Request, RequestHandler, Response } from "express";
import onHeaders from "on-headers";
import type { AuditChanges } from "@switchboard/contracts";
import { isStateChanging } from "../auth/csrf-middleware.ts";
import { declareAuditAction } from "../auth/route-access.ts";
import { AppError } from "../errors/app-error.ts";
import type { AuditStore } from "./audit-store.ts";

const RECORD = Symbol("audit record");
type Tracked = Response & { [RECORD]?: { id: number; changes: AuditChanges | null } };

function outcomeOf(status: number): "succeeded" | "refused" | "failed" {
  if (status < 400) return "succeeded";
  return status < 500 ? "refused" : "failed";
}

/**
 * Exactly one audit record per state-changing request, refused ones included: the attempt is written
 * before any work (so a change that reached the upstream leaves a trace even if the process dies), and
 * its outcome synchronously just before the response headers leave — committed before the answer is sent.
 * Until a route names the action, the record says only the method and path.
 */
export function auditStateChanges(store: AuditStore): RequestHandler {
  return (req, res, next) => {
    if (!isStateChanging(req)) return next();
    const record = {
      id: store.begin({
        actor: req.auth?.username ?? "anonymous",
        role: req.auth?.role ?? null,
        clientIp: req.ip ?? "unknown",
        action: `http.${req.method.toLowerCase()}`,
        target: req.originalUrl.split("?")[0] ?? null,
        requestId: String(req.id ?? ""),
      }),
      changes: null,
    };
    (res as Tracked)[RECORD] = record;
    onHeaders(res, () => {
      const problem: unknown = res.locals["problem"];
      store.complete(record.id, {
        outcome: outcomeOf(res.statusCode),
        status: res.statusCode,
        reason: problem instanceof AppError ? problem.message : null,
        // A change that failed part-way says what it still did; else what the route attached.
        changes: (problem instanceof AppError ? problem.changes : undefined) ?? record.changes,
      });
    });
    next();
  };
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
    const label: RequestHandler = (req, res, next) => {
      const record = (res as Tracked)[RECORD];
      if (record) {
        const actor = req.auth ? undefined : options.actor?.(req);
        store.label(record.id, { action, target: options.target?.(req) ?? null, ...(actor ? { actor } : {}) });
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
