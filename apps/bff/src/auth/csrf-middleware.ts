import { timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { AppError } from "../errors/app-error.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(req: Request): boolean {
  return !SAFE_METHODS.has(req.method);
}

function expectedOrigin(req: Request, publicOrigin: string | undefined): string {
  return publicOrigin ?? `${req.protocol}://${req.get("host") ?? ""}`;
}

/**
 * A state-changing request must come from our own pages: a same-origin `Origin`, or, where a browser
 * sends none, `Sec-Fetch-Site: same-origin`. This also guards sign-in against login CSRF.
 */
export function requireSameOrigin(publicOrigin: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!isStateChanging(req)) return next();
    const origin = req.get("origin");
    const site = req.get("sec-fetch-site");
    const sameOrigin = origin ? origin === expectedOrigin(req, publicOrigin) : site === "same-origin";
    const crossSiteFetch = site !== undefined && site !== "same-origin" && site !== "none";
    next(sameOrigin && !crossSiteFetch ? undefined : AppError.forbidden("Cross-origin requests are refused."));
  };
}

function tokensMatch(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Synchronizer token: the session's CSRF token must come back in `X-CSRF-Token`. */
export const requireCsrfToken: RequestHandler = (req, _res, next) => {
  if (!isStateChanging(req)) return next();
  const sent = req.get("x-csrf-token");
  if (!req.auth) return next(AppError.unauthenticated());
  next(sent && tokensMatch(sent, req.auth.csrfToken) ? undefined : AppError.forbidden("Missing or wrong CSRF token. Reload the page and try again."));
};

/**
 * JSON endpoints take JSON only: a form or text body (which a cross-site form could send) gets 415.
 * The paths in `csvPaths` (the users import) take `text/csv` as well: no form can send that type (a
 * cross-site fetch of it needs a CORS preflight, which is refused), and it passes the same-origin and
 * CSRF-token checks as every other state-changing request.
 */
export function requireJsonBody(csvPaths: readonly string[] = []): RequestHandler {
  return (req, _res, next) => {
    const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
    if (!isStateChanging(req) || !hasBody || req.is("application/json")) return next();
    if (csvPaths.includes(req.path) && req.is("text/csv")) return next();
    next(
      new AppError({
        status: 415,
        title: "Unsupported media type",
        detail: "Send the request body as application/json.",
        type: "/problems/unsupported-media-type",
      }),
    );
  };
}
