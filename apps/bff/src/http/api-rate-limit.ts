import type { RequestHandler } from "express";
import { addressOf, waitInWords } from "../auth/sign-in-throttle.ts";
import { AppError } from "../errors/app-error.ts";
import { refusal, type Limiters } from "./limiters.ts";

/** RATE_LIMIT_READS_PER_MINUTE and RATE_LIMIT_WRITES_PER_MINUTE; `windowMs` is a minute but for tests. */
export interface ApiRateLimits {
  readsPerMinute: number;
  writesPerMinute: number;
  windowMs?: number;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);
/** A load balancer's probes are never limited. */
const UNLIMITED = new Set(["/health", "/ready"]);

/**
 * The API's rate limit (docs/decisions/022-where-the-bff-keeps-its-state.md): reads and writes counted
 * apart, a signed-in request per account, an anonymous one per client address. An account is never
 * counted by address, so a call centre behind one NAT address is not throttled as one person; an
 * address is what an anonymous client has. With PostgreSQL the counts are shared by every instance.
 * A refusal is 429 with Retry-After and a problem; a limiter that cannot count lets the request through.
 */
export function apiRateLimit(limiters: Limiters, limits: ApiRateLimits): RequestHandler {
  const durationMs = limits.windowMs ?? 60_000;
  const reads = limiters({ keyPrefix: "api-reads", points: limits.readsPerMinute, durationMs });
  const writes = limiters({ keyPrefix: "api-writes", points: limits.writesPerMinute, durationMs });
  return async (req, _res, next) => {
    if (UNLIMITED.has(req.path)) return next();
    const read = READS.has(req.method);
    const key = req.auth ? `account:${req.auth.username.toLowerCase()}` : `address:${addressOf(req)}`;
    try {
      await (read ? reads : writes).consume(key);
    } catch (error) {
      const refused = refusal(error);
      if (!refused) return next();
      const seconds = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      const kind = read ? "reads" : "changes";
      throw new AppError({
        status: 429,
        title: "Too many requests",
        detail: `Too many ${kind} in a minute${req.auth ? " for this account" : " from this address"}. Try again in ${waitInWords(seconds)}.`,
        type: "/problems/rate-limited",
        headers: { "Retry-After": String(seconds) },
      });
    }
    next();
  };
}
