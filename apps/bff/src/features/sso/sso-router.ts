import { Router, type Request } from "express";
import { type AuditChanges, type AuthMethods, type Role, type SsoOutcome } from "@switchboard/contracts";
import { sameOriginPath } from "@switchboard/contracts/same-origin-path";
import { parseCookie } from "cookie";
import type { Logger } from "pino";
import type { AuditStore } from "../../audit/audit-store.ts";
import { publicRoute } from "../../auth/route-access.ts";
import { isSecureRequest, writeSessionCookie } from "../../auth/session-cookie.ts";
import { AppError } from "../../errors/app-error.ts";
import type { SessionService } from "../session/session-service.ts";
import { LOGIN_ATTEMPT_TTL_MS } from "./login-attempts.ts";
import { refusalPage } from "./refusal-page.ts";
import type { SsoService } from "./sso-service.ts";

export interface SsoRouterDeps {
  /** Undefined when no identity provider is configured: the sign-in routes answer 404. */
  service: SsoService | undefined;
  /** LOCAL_SIGN_IN: whether the password form is offered. */
  localSignIn: boolean;
  sessions: SessionService;
  audit: AuditStore;
  logger: Logger;
  publicOrigin: string | undefined;
  maxSessionMs: number;
  now: () => number;
}

/**
 * The pre-login cookie names the sign-in under way (its state, nonce and PKCE verifier stay on the
 * server). `SameSite=Lax`, unlike the session's Strict: the provider's return is a cross-site top-level
 * navigation, on which a browser sends Lax cookies and withholds Strict ones (decision 021).
 */
function attemptCookieName(secure: boolean): string {
  return secure ? "__Host-switchboard_sso" : "switchboard_sso";
}

const SIGN_IN_PAGE = "/sign-in";

function signInPage(outcome: SsoOutcome): string {
  return `${SIGN_IN_PAGE}?sso=${outcome}`;
}

/** `next` when it is a path on this site and not the sign-in page itself; else the start page. */
function nextPath(next: unknown): string {
  const path = typeof next === "string" ? sameOriginPath(next) : undefined;
  if (path === undefined || new URL(path, "https://switchboard.invalid").pathname === SIGN_IN_PAGE) return "/";
  return path;
}

export function createSsoRouter(deps: SsoRouterDeps): Router {
  const router = Router();
  const secure = (req: Request) => isSecureRequest(req, deps.publicOrigin);

  /** The callback is a GET that signs someone in: it writes its own audit record (the middleware records only writes). */
  const record = async (
    req: Request,
    entry: { action: "session.sso_sign_in" | "session.sso_refused"; actor: string; role: Role | null; status: number; reason: string | null; changes?: AuditChanges },
  ) => {
    const id = await deps.audit.begin({
      actor: entry.actor,
      role: entry.role,
      clientIp: req.ip ?? "unknown",
      action: entry.action,
      target: entry.actor,
      requestId: String((req.id as string | number | undefined) ?? ""),
    });
    await deps.audit.complete(id, {
      outcome: entry.status < 400 ? "succeeded" : entry.status < 500 ? "refused" : "failed",
      status: entry.status,
      reason: entry.reason,
      changes: entry.changes ?? null,
    });
  };

  router.get("/methods", publicRoute, (req, res) => {
    const body: AuthMethods = { local: deps.localSignIn, sso: deps.service ? { name: deps.service.name } : null, signedIn: req.auth !== undefined };
    res.json(body);
  });

  const configured = (): SsoService => {
    if (!deps.service) throw AppError.notFound("Single sign-on is not configured (OIDC_ISSUER).");
    return deps.service;
  };

  router.get("/oidc/login", publicRoute, async (req, res) => {
    const service = configured();
    let started: { url: string; attemptId: string };
    try {
      started = await service.beginSignIn(nextPath(req.query["next"]), deps.now());
    } catch {
      // Logged where it failed (discovery); the person reads "not answering" on the sign-in page.
      res.redirect(302, signInPage("unavailable"));
      return;
    }
    res.cookie(attemptCookieName(secure(req)), started.attemptId, {
      httpOnly: true,
      secure: secure(req),
      sameSite: "lax",
      path: "/",
      maxAge: LOGIN_ATTEMPT_TTL_MS,
    });
    res.redirect(302, started.url);
  });

  router.get("/oidc/callback", publicRoute, async (req, res) => {
    const service = configured();
    const cookieName = attemptCookieName(secure(req));
    const attemptId = req.headers.cookie ? parseCookie(req.headers.cookie)[cookieName] || undefined : undefined;
    res.clearCookie(cookieName, { httpOnly: true, secure: secure(req), sameSite: "lax", path: "/" });
    const query = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?")) : "";
    let outcome: Awaited<ReturnType<SsoService["finishSignIn"]>>;
    try {
      outcome = await service.finishSignIn(attemptId, query, deps.now());
    } catch {
      await record(req, { action: "session.sso_sign_in", actor: "anonymous", role: null, status: 503, reason: "the identity provider is not answering" });
      res.redirect(302, signInPage("unavailable"));
      return;
    }
    switch (outcome.kind) {
      case "failed":
        deps.logger.warn({ reason: outcome.reason }, "single sign-on failed");
        await record(req, { action: "session.sso_sign_in", actor: "anonymous", role: null, status: 401, reason: outcome.reason });
        res.redirect(302, signInPage("failed"));
        return;
      case "refused":
        await record(req, { action: "session.sso_refused", actor: outcome.username, role: null, status: 403, reason: outcome.reason });
        res.status(403).type("html").send(refusalPage(service.name, outcome.why));
        return;
      case "signed-in": {
        // A fresh session at every sign-in: whatever session the browser held before is ended.
        if (req.auth) await deps.sessions.signOut(req.auth.sessionIdHash);
        writeSessionCookie(res, secure(req), outcome.session.id, deps.maxSessionMs);
        const changes: AuditChanges | undefined =
          outcome.roleBefore === outcome.role
            ? undefined
            : { before: outcome.roleBefore === null ? {} : { role: outcome.roleBefore }, after: { role: outcome.role } };
        await record(req, { action: "session.sso_sign_in", actor: outcome.username, role: outcome.role, status: 302, reason: null, ...(changes ? { changes } : {}) });
        res.redirect(302, outcome.next);
        return;
      }
    }
  });

  return router;
}
