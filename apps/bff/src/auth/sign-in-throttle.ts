import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { z } from "zod";
import { AppError } from "../errors/app-error.ts";

/** docs/decisions/003-sign-in-throttling.md explains the numbers and why no key is the account alone. */
export interface SignInThrottleLimits {
  /** A fixed window: a bucket empties this long after its first failure, however often it is hit meanwhile. */
  windowMs: number;
  /** Failed sign-ins to one account from one client address. */
  perAccount: number;
  /** Failed sign-ins from one client address, whatever the accounts. */
  perAddress: number;
}

export const SIGN_IN_THROTTLE: SignInThrottleLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 30 };

const RateLimitInfoSchema = z.object({ resetTime: z.date().optional() });

/** `req.ip` is the client address as far as `trust proxy` (a hop count) allows: a forged X-Forwarded-For cannot pick it. */
function addressOf(req: Request): string {
  // An IPv6 client holds a whole /56 or more: one bucket per subnet, not per address.
  return ipKeyGenerator(req.ip ?? "unknown");
}

function accountOf(req: Request): string {
  const body: unknown = req.body;
  const name = body && typeof body === "object" && "username" in body ? body.username : undefined;
  // Accounts are matched case-insensitively, so "Admin" and "admin" share a bucket.
  return typeof name === "string" ? name.trim().toLowerCase().slice(0, 128) : "";
}

/** Worded as the SPA words a Retry-After (apps/web/src/lib/format-duration.ts): minutes from two on. */
function waitInWords(seconds: number): string {
  const [count, unit] = seconds < 120 ? [seconds, "second"] : [Math.ceil(seconds / 60), "minute"];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

function refuse(property: string): RequestHandler {
  return (req, _res, next) => {
    const info = RateLimitInfoSchema.safeParse(Reflect.get(req, property));
    const resetAt = info.success ? info.data.resetTime?.getTime() : undefined;
    const seconds = Math.max(1, Math.ceil(((resetAt ?? Date.now() + 60_000) - Date.now()) / 1000));
    next(
      new AppError({
        status: 429,
        title: "Too many sign-in attempts",
        detail: `Too many failed sign-ins. Try again in ${waitInWords(seconds)}.`,
        type: "/problems/too-many-sign-in-attempts",
        headers: { "Retry-After": String(seconds) },
      }),
    );
  };
}

const pairOf = (req: Request) => `${addressOf(req)}\n${accountOf(req)}`;

/**
 * Two buckets, both counting failed sign-ins only (a success takes its own attempt back): one per
 * client address, one per account and address. Counting happens before the password is checked,
 * so a burst of parallel guesses is counted in full. A success empties its account+address bucket
 * (whoever succeeds knows the password), never the address's: one's own account must not buy
 * guesses at others'.
 */
export function createSignInThrottle(limits: SignInThrottleLimits = SIGN_IN_THROTTLE): RequestHandler[] {
  const limiter = (property: string, limit: number, keyGenerator: (req: Request) => string) =>
    rateLimit({
      windowMs: limits.windowMs,
      limit,
      keyGenerator,
      skipSuccessfulRequests: true,
      requestPropertyName: property,
      // No RateLimit-* headers: they would tell a guesser how many tries remain.
      standardHeaders: false,
      legacyHeaders: false,
      handler: refuse(property),
      // A forged X-Forwarded-For with TRUST_PROXY=0 is expected input, not a misconfiguration.
      validate: { xForwardedForHeader: false },
    });
  const byAccount = limiter("signInThrottleByAccount", limits.perAccount, pairOf);
  const forgetOnSuccess: RequestHandler = (req, res, next) => {
    res.on("finish", () => {
      if (res.statusCode < 400) void byAccount.resetKey(pairOf(req));
    });
    next();
  };
  return [limiter("signInThrottleByAddress", limits.perAddress, addressOf), byAccount, forgetOnSuccess];
}
