import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import type { Logger } from "pino";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** `res.locals` key: the audit action of a state-changing request, which its log line carries (audit/audited.ts sets it). */
export const AUDIT_ACTION_LOCAL = "auditAction";

declare module "node:http" {
  interface IncomingMessage {
    /** This request's id: the caller's well-formed `X-Request-Id`, or a new UUID. */
    id: string;
    /** The logger with this request's id, method and path bound: for a line about this request. */
    log: Logger;
  }
}

type RequestLine = { id: string; method: string; path: string };

/**
 * One JSON line per request with its id; the id is echoed in `X-Request-Id` and in every problem body.
 *
 * One `logger.<level>()` call when the answer is finished, and no child logger unless code asks for
 * `req.log`: pino-http made two child loggers per request (bindings serialized and redacted each time),
 * about a quarter of the BFF's CPU per proxied read (bench row 1, bench/README.md). The line is the
 * one pino-http wrote: `req` {id, method, path}, `res` {statusCode}, `responseTime`, the audit
 * `action` when there is one, and "request completed", "request errored" (5xx; the error middleware logged
 * why) or "request aborted" (the client went away first).
 */
export function createRequestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    const incoming = req.headers["x-request-id"];
    const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", id);
    req.id = id;
    // The path only: query strings can carry search terms people typed.
    const line: RequestLine = { id, method: req.method, path: req.originalUrl.split("?")[0] ?? "" };
    let child: Logger | undefined;
    Object.defineProperty(req, "log", { configurable: true, enumerable: false, get: () => (child ??= logger.child({ req: line })) });

    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      res.off("finish", done);
      res.off("close", done);
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
        // Not finished: the client went away before the answer was whole.
        res.statusCode >= 500 ? "request errored" : res.writableFinished ? "request completed" : "request aborted",
      );
    };
    res.on("finish", done);
    res.on("close", done);
    next();
  };
}
