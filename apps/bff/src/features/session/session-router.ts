import { Router, type RequestHandler } from "express";
import { permissionsOf, SignInRequestSchema, type Capabilities, type Role, type Session, type SignedOut } from "@switchboard/contracts";
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
  /** LOCAL_SIGN_IN: false refuses the password form (only the identity provider signs people in). */
  localSignIn: boolean;
  /** Where the browser ends its session at the identity provider after signing out here, if anywhere. */
  endSessionUrl: (idToken: string | undefined) => Promise<string | undefined>;
}

export function createSessionRouter(deps: SessionRouterDeps): Router {
  const router = Router();
  const describe = (account: { username: string; role: Role; teams: readonly string[] | null }, csrfToken: string): Session => ({
    account: { username: account.username, role: account.role, teams: account.teams === null ? null : [...account.teams] },
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
    "/",
    publicRoute,
    deps.audited("session.sign_in", { actor: signInName, target: signInName }),
    ...deps.signInThrottle,
    async (req, res) => {
      if (!deps.localSignIn) {
        throw new AppError({
          status: 403,
          title: "Password sign-in is off",
          detail: "Sign in through your organisation's identity provider.",
          type: "/problems/local-sign-in-off",
        });
      }
      const input = SignInRequestSchema.parse(req.body);
      const signedIn = await deps.service.signIn(input.username, input.password);
      if (!signedIn) {
        throw new AppError({ status: 401, title: "Sign-in failed", detail: "Wrong username or password.", type: "/problems/sign-in-failed" });
      }
      // A fresh id at every sign-in: whatever session the browser held before is ended, never upgraded.
      if (req.auth) await deps.service.signOut(req.auth.sessionIdHash);
      writeSessionCookie(res, isSecureRequest(req, deps.publicOrigin), signedIn.id, deps.maxSessionMs);
      res.json(describe(signedIn, signedIn.csrfToken));
    },
  );

  router.get("/", requireSession, (req, res) => {
    const auth = authOf(req);
    res.json(describe(auth, auth.csrfToken));
  });

  // 204, or 200 with the identity provider's end-session URL for a session it signed in (SignedOut).
  router.delete("/", deps.audited("session.sign_out"), requireSession, requireCsrfToken, async (req, res) => {
    const { idToken } = await deps.service.signOut(authOf(req).sessionIdHash);
    clearSessionCookie(res, isSecureRequest(req, deps.publicOrigin));
    const endSessionUrl = idToken === undefined ? undefined : await deps.endSessionUrl(idToken);
    if (endSessionUrl === undefined) {
      res.status(204).end();
      return;
    }
    const body: SignedOut = { endSessionUrl };
    res.json(body);
  });

  return router;
}
