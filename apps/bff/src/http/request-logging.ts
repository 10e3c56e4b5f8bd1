import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { IncomingMessage } from "node:http";
import type { Logger } from "pino";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** `res.locals` key: the audit action of a state-changing request, which its log line carries (audit/audited.ts sets it). */
export const AUDIT_ACTION_LOCAL = "auditAction";

declare module "node:http" {
  interface IncomingMessage {
    /** This request's id: the caller's well-formed `X-Request-Id`, or a new UUID. */
    id: string;
    /** The BFF's logger, for a line about this request: give it `req: req.logLine`. */
    log: Logger;
    /** What a log line says of this request: its id, method and path. */
    logLine: { id: string; method: string; path: string };
  }
}

/** What a log line says of its request. The path only: query strings can carry search terms people typed. */
function requestLineOf(req: IncomingMessage & { originalUrl?: string }): { id: string; method: string; path: string } {
  return { id: req.id, method: req.method ?? "", path: (req.originalUrl ?? req.url ?? "").split("?")[0] ?? "" };
}

/**
 * One JSON line per request with its id; the id is echoed in `X-Request-Id` and in every problem body.
 *
 * One `logger.<level>()` call when the answer has ended, and no child logger: pino-http made two per
 * request (bindings serialized and redacted each time), about a quarter of the BFF's CPU per proxied
 * read (bench row 1, bench/README.md). The line is the one pino-http wrote: `req` {id, method, path},
 * `res` {statusCode}, `responseTime`, the audit `action` when there is one, and "request completed",
 * "request errored" (5xx; the error middleware logged why) or "request aborted" (the client went away
 * first).
 */
export function createRequestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    const incoming = req.headers["x-request-id"];
    req.id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.log = logger;
    res.setHeader("X-Request-Id", req.id);
    const line = requestLineOf(req);
    req.logLine = line;
    // "close" follows "finish" on every answer, and comes alone when the client went away first.
    res.once("close", () => {
      const level = res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info";
      if (!logger.isLevelEnabled(level)) return;
      const action: unknown = Reflect.get(res.locals, AUDIT_ACTION_LOCAL);
      logger[level](
        {
          req: line,
          res: { statusCode: res.statusCode },
          responseTime: Date.now() - started,
          ...(typeof action === "string" ? { action } : {}),
        },
        res.statusCode >= 500 ? "request errored" : res.writableFinished ? "request completed" : "request aborted",
      );
    });
    next();
  };
}
