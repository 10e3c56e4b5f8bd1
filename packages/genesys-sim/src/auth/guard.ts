import { timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { GwsError, STATUS } from "../errors.ts";
import { sendError } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";
import type { UserRecord } from "../tenant/types.ts";
import type { Session } from "./sessions.ts";

export const CSRF_HEADER = "X-CSRF-TOKEN";
export const CSRF_MESSAGE = "Missing or invalid Csrf token";
const COOKIE = "JSESSIONID";
const CALLER = "gwsCaller";

/**
 * Runs after the fault middleware on every API call: HTTP Basic (401, statusCode 20), the
 * `JSESSIONID` session, then CSRF — a GET answers the header name and the session's token, a
 * write without that token gets 403, statusCode 3.
 */
export function guard(state: SimState): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const caller = authenticate(state, req.headers.authorization);
    if (!caller) {
      res.setHeader("WWW-Authenticate", 'Basic realm="Genesys Web Services"');
      return sendError(state, res, new GwsError(STATUS.notAuthenticated, "Not authenticated"));
    }
    res.locals[CALLER] = caller.id;
    const session = currentSession(state, req, res);
    if (state.quirks.csrf) {
      if (req.method === "GET") {
        res.setHeader("X-CSRF-HEADER", CSRF_HEADER);
        res.setHeader(CSRF_HEADER, session.csrfToken);
      } else if (req.get(CSRF_HEADER) !== session.csrfToken) {
        return sendError(state, res, new GwsError(STATUS.forbidden, CSRF_MESSAGE));
      }
    }
    next();
  };
}

/**
 * Any enabled user of the tenant that has a password (the API user, and users created through the
 * API), checked against the tenant: a password changed through the API takes effect, a deleted or
 * disabled user is refused.
 */
function authenticate(state: SimState, header: string | undefined): UserRecord | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  const user = state.tenant.findByUserName(decoded.slice(0, colon));
  if (!user?.password || !user.enabled) return undefined;
  return sameText(decoded.slice(colon + 1), user.password) ? user : undefined;
}

/** The authenticated caller of this request. */
export function callerOf(state: SimState, res: Response): UserRecord {
  return state.tenant.getUser(String(res.locals[CALLER]));
}

/** POST /users needs the Contact Center Admin role (the seed's permissions); an agent gets 403, statusCode 5. */
export function requireAdmin(state: SimState, res: Response): void {
  if (!callerOf(state, res).roles.includes("ROLE_ADMIN")) throw new GwsError(STATUS.noPermission, "No permission: the Contact Center Admin role is required");
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The session the cookie names, or a new one announced with Set-Cookie. */
function currentSession(state: SimState, req: Request, res: Response): Session {
  const known = state.sessions.find(readCookie(req.headers.cookie, COOKIE));
  if (known) return known;
  const session = state.sessions.open();
  res.setHeader("Set-Cookie", `${COOKIE}=${session.id}; Path=${state.config.contextPath || "/"}; HttpOnly`);
  return session;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}
