import type { Request, RequestHandler } from "express";
import { ipKeyGenerator } from "express-rate-limit";
import { refusal, type Limiters } from "../http/limiters.ts";
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

/** `req.ip` is the client address as far as `trust proxy` (a hop count) allows: a forged X-Forwarded-For cannot pick it. */
export function addressOf(req: Request): string {
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
export function waitInWords(seconds: number): string {
  const [count, unit] = seconds < 120 ? [seconds, "second"] : [Math.ceil(seconds / 60), "minute"];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

function tooManyAttempts(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError({
    status: 429,
    title: "Too many sign-in attempts",
    detail: `Too many failed sign-ins. Try again in ${waitInWords(seconds)}.`,
    type: "/problems/too-many-sign-in-attempts",
    headers: { "Retry-After": String(seconds) },
  });
}

/**
 * Two buckets, both counting failed sign-ins only (a success takes its own attempt back): one per
 * client address, one per account and address. Counting happens before the password is checked,
 * so a burst of parallel guesses is counted in full. A success empties its account+address bucket
 * (whoever succeeds knows the password), never the address's: one's own account must not buy
 * guesses at others'. The buckets live where `limiters` counts (http/limiters.ts): with PostgreSQL,
 * shared by every instance, so ten guesses spread over two instances count as ten.
 */
export function createSignInThrottle(limiters: Limiters, limits: SignInThrottleLimits = SIGN_IN_THROTTLE): RequestHandler[] {
  const byAddress = limiters({ keyPrefix: "sign-in-address", points: limits.perAddress, durationMs: limits.windowMs });
  const byAccount = limiters({ keyPrefix: "sign-in-account", points: limits.perAccount, durationMs: limits.windowMs });
  const throttle: RequestHandler = async (req, res, next) => {
    const address = addressOf(req);
    const pair = `${address}\n${accountOf(req)}`;
    const results = await Promise.allSettled([byAddress.consume(address), byAccount.consume(pair)]);
    const refused = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    for (const reason of refused) if (!refusal(reason)) throw reason;
    const waits = refused.flatMap((reason) => refusal(reason)?.msBeforeNext ?? []);
    if (waits.length > 0) throw tooManyAttempts(Math.max(...waits));
    res.on("finish", () => {
      if (res.statusCode >= 400) return;
      void byAddress.reward(address).catch(() => undefined);
      void byAccount.delete(pair).catch(() => undefined);
    });
    next();
  };
  return [throttle];
}
