import type { Role } from "@switchboard/contracts";
import * as oidc from "openid-client";
import type { Logger } from "pino";
import type { AccountsStore } from "../../auth/accounts-store.ts";
import type { SessionsStore } from "../../auth/sessions-store.ts";
import type { SsoConfig } from "../../config/env.ts";
import { claimValues, roleFromGroups } from "./claims.ts";
import { LOGIN_ATTEMPT_TTL_MS, type LoginAttempts } from "./login-attempts.ts";

/** The scopes asked for; the provider must release the roles (and teams) claim in the ID token with them. */
export const SSO_SCOPES = "openid profile email";

export type SsoSignIn =
  | { kind: "signed-in"; username: string; role: Role; roleBefore: Role | null; next: string; session: { id: string; csrfToken: string } }
  /** The provider vouched for the person, but Switchboard will not sign them in: no mapped role, a taken name. */
  | { kind: "refused"; username: string; reason: string; why: "no-role" | "name-taken" }
  /** The return did not check out (state, nonce, signature, expiry, a replayed code) or the provider said no. */
  | { kind: "failed"; reason: string };

export interface SsoService {
  readonly name: string;
  /** Resolves once the provider's discovery document has been read (readiness). */
  ready(): Promise<void>;
  /** The provider's authorization URL and the id of the attempt the pre-login cookie names. */
  beginSignIn(next: string, now: number): Promise<{ url: string; attemptId: string }>;
  /** Checks the provider's return (`query` is the callback's query string) and starts a session. */
  finishSignIn(attemptId: string | undefined, query: string, now: number): Promise<SsoSignIn>;
  /** Where to send the browser to end its session at the provider, when it offers that. */
  endSessionUrl(idToken: string | undefined): Promise<string | undefined>;
}

export interface SsoServiceDeps {
  config: SsoConfig;
  accounts: AccountsStore;
  sessions: SessionsStore;
  attempts: LoginAttempts;
  logger: Logger;
  /** Seconds to add to this machine's clock when checking the ID token's times (tests play a late clock). */
  clockSkewSeconds?: number;
}

/** A name Switchboard can show and log: what an account name may hold, with "@" for e-mail addresses. */
const USABLE_NAME = /^[A-Za-z0-9._@+-]{1,128}$/;

export function createSsoService(deps: SsoServiceDeps): SsoService {
  const { config, accounts, sessions, attempts, logger } = deps;
  const issuer = new URL(config.issuer);
  // Plain HTTP only for a provider on this machine: env.ts refuses it for any other host.
  const insecure = issuer.protocol === "http:";
  let discovered: Promise<oidc.Configuration> | undefined;

  /** Read lazily and kept; a failure is forgotten so that the next sign-in or readiness check tries again. */
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(
        issuer,
        config.clientId,
        { [oidc.clockSkew]: deps.clockSkewSeconds ?? 0 },
        oidc.ClientSecretBasic(config.clientSecret),
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- "deprecated" only to stand out: plain HTTP issuers are for tests and demo
        { timeout: 10, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        logger.warn({ issuer: config.issuer, reason: describe(error) }, "identity provider discovery failed");
        throw error;
      });
    return discovered;
  };

  return {
    name: config.displayName,
    async ready() {
      await configuration();
    },

    async beginSignIn(next, now) {
      const server = await configuration();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const url = oidc.buildAuthorizationUrl(server, {
        redirect_uri: config.redirectUri,
        response_type: "code",
        scope: SSO_SCOPES,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state,
        nonce,
      });
      const attemptId = attempts.put({ state, nonce, codeVerifier, next, expiresAt: now + LOGIN_ATTEMPT_TTL_MS });
      return { url: url.href, attemptId };
    },

    async finishSignIn(attemptId, query, now) {
      const attempt = attemptId === undefined ? undefined : attempts.take(attemptId, now);
      if (!attempt) return { kind: "failed", reason: "no sign-in under way in this browser (or it took longer than 10 minutes)" };
      const server = await configuration();
      const currentUrl = new URL(config.redirectUri);
      currentUrl.search = query;
      let claims: Readonly<Record<string, unknown>>;
      let idToken: string;
      try {
        // Checks state, the provider's `iss` on the return, the code at the token endpoint with the
        // PKCE verifier, and the ID token's signature, issuer, audience, expiry and nonce.
        const tokens = await oidc.authorizationCodeGrant(server, currentUrl, {
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          pkceCodeVerifier: attempt.codeVerifier,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims || !tokens.id_token) return { kind: "failed", reason: "the provider returned no ID token" };
        claims = idClaims;
        idToken = tokens.id_token;
      } catch (error) {
        return { kind: "failed", reason: describe(error) };
      }

      const username = [claims["preferred_username"], claims["email"], claims["sub"]].find(
        (name): name is string => typeof name === "string" && USABLE_NAME.test(name),
      );
      const subject = String(claims["sub"]);
      if (!username) return { kind: "failed", reason: "the ID token names the person in no usable way (preferred_username, email, sub)" };
      const groups = claimValues(claims, config.rolesClaim);
      const role = roleFromGroups(groups, config.roleMap);
      if (!role) {
        const reason = groups.length === 0 ? `no ${config.rolesClaim} claim` : `no mapped role in ${config.rolesClaim}: ${groups.slice(0, 20).join(", ")}`;
        return { kind: "refused", username, reason, why: "no-role" };
      }
      const teams = config.teamsClaim ? claimValues(claims, config.teamsClaim) : null;
      const roleBefore = (await accounts.find(username))?.role ?? null;
      if (!(await accounts.upsertSso({ username, subject, role, teams }))) {
        return { kind: "refused", username, reason: "the name belongs to a password account or to another person at the provider", why: "name-taken" };
      }
      const account = await accounts.find(username);
      if (!account || account.disabled) return { kind: "refused", username, reason: "the account is disabled in Switchboard", why: "name-taken" };
      return { kind: "signed-in", username: account.username, role, roleBefore, next: attempt.next, session: await sessions.create(account.username, now, idToken) };
    },

    async endSessionUrl(idToken) {
      let server: oidc.Configuration;
      try {
        server = await configuration();
      } catch {
        return undefined;
      }
      if (!server.serverMetadata().end_session_endpoint) return undefined;
      const parameters: Record<string, string> = { client_id: config.clientId, post_logout_redirect_uri: config.postLogoutRedirectUri };
      if (idToken) parameters["id_token_hint"] = idToken;
      return oidc.buildEndSessionUrl(server, parameters).href;
    },
  };
}

/** What went wrong, in words safe for a log line and the audit trail: the library's code and message, never a token. */
function describe(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) {
    return `the provider answered ${error.error}${error.error_description ? `: ${error.error_description}` : ""}`.slice(0, 300);
  }
  if (error instanceof oidc.ResponseBodyError) return `the provider's token endpoint answered ${error.error}`.slice(0, 300);
  if (error instanceof Error) {
    const code = "code" in error && typeof error.code === "string" ? `${error.code}: ` : "";
    // The check's own words name the claim that failed (nonce, exp, aud, iss), never its value.
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `${code}${error.message}${cause}`.slice(0, 300);
  }
  return "unknown error";
}
