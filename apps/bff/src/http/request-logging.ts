import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** `res.locals` key: the audit action of a state-changing request, which its log line carries (audit/audited.ts sets it). */
export const AUDIT_ACTION_LOCAL = "auditAction";

/** One JSON line per request with its id; the id is echoed in `X-Request-Id` and in every problem body. */
export function createRequestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req, res) {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    // The audit action of a state-changing request (its route's, even when refused before the route): the
    // log line and the audit record are found by the same name.
    customProps(_req, res) {
      const action: unknown = "locals" in res && typeof res.locals === "object" && res.locals ? Reflect.get(res.locals, AUDIT_ACTION_LOCAL) : undefined;
      return typeof action === "string" ? { action } : {};
    },
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return "error";
      return res.statusCode >= 400 ? "warn" : "info";
    },
    serializers: {
      // The path only: query strings can carry search terms people typed.
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split("?")[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
