import type { RequestHandler } from "express";
import { AppError } from "../errors/app-error.ts";
import { declareAccess } from "./route-access.ts";
import { isSecureRequest, readSessionCookie } from "./session-cookie.ts";
import type { SessionsStore } from "./sessions-store.ts";

export interface SessionOptions {
  sessions: SessionsStore;
  publicOrigin: string | undefined;
  limits: { idleMs: number; maxMs: number };
  now?: () => number;
}

/** Attaches `req.auth` when the cookie names a live session; never refuses by itself. */
export function loadSession({ sessions, publicOrigin, limits, now = Date.now }: SessionOptions): RequestHandler {
  return async (req, _res, next) => {
    const id = readSessionCookie(req, isSecureRequest(req, publicOrigin));
    if (id) {
      const auth = await sessions.resolve(id, now(), limits);
      if (auth) req.auth = auth;
    }
    next();
  };
}

/**
 * Every route after this one answers 401 problem+json without a session: never a redirect. On a
 * route of its own it declares "any signed-in role" (who am I, sign out).
 */
export const requireSession: RequestHandler = declareAccess(
  (req, _res, next) => {
    next(req.auth ? undefined : AppError.unauthenticated());
  },
  { kind: "signed-in" },
);
