import { Router, type RequestHandler } from "express";
import { permissionsOf, SignInRequestSchema, type Capabilities, type Role, type Session } from "@switchboard/contracts";
import { requireCsrfToken } from "../../auth/csrf-middleware.ts";
import { isSecureRequest, clearSessionCookie, writeSessionCookie } from "../../auth/session-cookie.ts";
import { publicRoute } from "../../auth/route-access.ts";
import { requireSession } from "../../auth/session-middleware.ts";
import { authOf } from "../../auth/auth-context.ts";
import type { Audited } from "../../audit/audited.ts";
import { AppError } from "../../errors/app-error.ts";
import type { SessionService } from "./session-service.ts";

export interface SessionRouterDeps {
  service: SessionService;
  audited: Audited;
  publicOrigin: string | undefined;
  maxSessionMs: number;
  demo: boolean;
  capabilities: Capabilities;
  /** Counts failed sign-ins per address and per account+address (auth/sign-in-throttle.ts). */
  signInThrottle: RequestHandler[];
}

export function createSessionRouter(deps: SessionRouterDeps): Router {
  const router = Router();
  const describe = (account: { username: string; role: Role }, csrfToken: string): Session => ({
    account,
    permissions: permissionsOf(account.role),
    csrfToken,
    demo: deps.demo,
    capabilities: deps.capabilities,
  });

  const signInName = (req: { body?: unknown }) => {
    const body: unknown = req.body;
    const name = body && typeof body === "object" && "username" in body ? body.username : undefined;
    return typeof name === "string" ? name.slice(0, 128) : undefined;
  };

  router.post(
    "/session",
    publicRoute,
    deps.audited("session.sign_in", { actor: signInName, target: signInName }),
    ...deps.signInThrottle,
    async (req, res) => {
      const input = SignInRequestSchema.parse(req.body);
      const signedIn = await deps.service.signIn(input.username, input.password);
      if (!signedIn) {
        throw new AppError({ status: 401, title: "Sign-in failed", detail: "Wrong username or password.", type: "/problems/sign-in-failed" });
      }
      // A fresh id at every sign-in: whatever session the browser held before is ended, never upgraded.
      if (req.auth) deps.service.signOut(req.auth.sessionIdHash);
      writeSessionCookie(res, isSecureRequest(req, deps.publicOrigin), signedIn.id, deps.maxSessionMs);
      res.json(describe({ username: signedIn.username, role: signedIn.role }, signedIn.csrfToken));
    },
  );

  router.get("/session", requireSession, (req, res) => {
    const auth = authOf(req);
    res.json(describe({ username: auth.username, role: auth.role }, auth.csrfToken));
  });

  router.delete("/session", deps.audited("session.sign_out"), requireSession, requireCsrfToken, (req, res) => {
    deps.service.signOut(authOf(req).sessionIdHash);
    clearSessionCookie(res, isSecureRequest(req, deps.publicOrigin));
    res.status(204).end();
  });

  return router;
}
