import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthMethodsSchema, SessionSchema, SignedOutSchema } from "@switchboard/contracts";
import { SSO_CALLBACK_PATH, type SsoConfig } from "../src/config/env.ts";
import { RoleMapSchema } from "../src/features/sso/claims.ts";
import { createLoginAttempts, type LoginAttempts } from "../src/features/sso/login-attempts.ts";
import type { AppDeps } from "../src/app.ts";
import { PASSWORD, SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { ProviderBrowser, startOidcProvider, SWITCHBOARD_CLIENT, TEST_ROLE_MAP, type OidcTestProvider } from "./oidc-test-provider.ts";

/** Switchboard's single sign-on settings for a BFF at `baseUrl` and this provider. */
export function ssoConfigFor(issuer: string, baseUrl: string): SsoConfig {
  return {
    issuer,
    clientId: SWITCHBOARD_CLIENT.clientId,
    clientSecret: SWITCHBOARD_CLIENT.clientSecret,
    redirectUri: `${baseUrl}${SSO_CALLBACK_PATH}`,
    postLogoutRedirectUri: `${baseUrl}/sign-in`,
    rolesClaim: "roles",
    roleMap: RoleMapSchema.parse(TEST_ROLE_MAP),
    teamsClaim: "teams",
    displayName: "Acme Login",
  };
}

/** A BFF with single sign-on through a fresh provider (each suite its own, so what one changes stays there). */
async function startSso(overrides: Partial<AppDeps> = {}, provider: { idTokenTtlSeconds?: number } = {}) {
  const idp = await startOidcProvider(provider);
  const h = await startHarness(overrides, {
    depsFor: (baseUrl) => ({ publicOrigin: baseUrl, sso: ssoConfigFor(idp.issuer, baseUrl) }),
  });
  idp.register({ redirectUri: `${h.baseUrl}${SSO_CALLBACK_PATH}`, postLogoutRedirectUri: `${h.baseUrl}/sign-in` });
  return { h, idp };
}

/** Runs `test` against a BFF and provider of its own, closed afterwards. */
async function withSso(overrides: Partial<AppDeps>, provider: { idTokenTtlSeconds?: number }, test: (h: Harness) => Promise<void>) {
  const { h, idp } = await startSso(overrides, provider);
  try {
    await test(h);
  } finally {
    await h.close();
    await idp.close();
  }
}

/** Signs `login` in through the provider; answers the browser and the BFF's answer to the provider's return. */
async function signInThroughProvider(h: Harness, login: string, next = "/users?team=Sales%20East") {
  const browser = new ProviderBrowser();
  const callback = await browser.signInAtProvider(`${h.baseUrl}/api/auth/oidc/login?next=${encodeURIComponent(next)}`, login);
  const answer = await browser.request(callback.href);
  return { browser, callback, answer };
}

async function sessionOf(h: Harness, browser: ProviderBrowser) {
  const res = await browser.request(`${h.baseUrl}/api/session`);
  return { status: res.status, body: res.status === 200 ? SessionSchema.parse(await res.json()) : undefined };
}

async function auditOf(h: Harness, action: string) {
  return (await h.audit.query({ limit: 50 })).records.filter((r) => r.action === action);
}

describe("single sign-on through a real OpenID provider", () => {
  let h: Harness;
  let idp: OidcTestProvider;
  beforeAll(async () => ({ h, idp } = await startSso()));
  afterAll(async () => {
    await h.close();
    await idp.close();
  });

  it("tells the anonymous sign-in page which ways to sign in there are", async () => {
    const res = await h.request().get("/api/auth/methods");
    expect(res.status).toBe(200);
    expect(AuthMethodsSchema.parse(res.body)).toEqual({ local: true, sso: { name: "Acme Login" }, signedIn: false });
  });

  it("starts the Authorization Code flow with PKCE (S256), state and nonce, remembered behind a Lax pre-login cookie", async () => {
    const res = await h.request().get("/api/auth/oidc/login?next=/directory");
    expect(res.status).toBe(302);
    const url = new URL(String(res.headers["location"]));
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("client_id")).toBe(SWITCHBOARD_CLIENT.clientId);
    expect(url.searchParams.get("redirect_uri")).toBe(`${h.baseUrl}${SSO_CALLBACK_PATH}`);
    expect(url.searchParams.get("scope")).toBe("openid profile email");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get("state")).toBeTruthy();
    expect(url.searchParams.get("nonce")).toBeTruthy();
    const cookies = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
    const attempt = cookies.find((c) => c.startsWith("switchboard_sso="));
    expect(attempt).toMatch(/; HttpOnly/i);
    expect(attempt).toMatch(/; SameSite=Lax/i);
    // Nothing the flow checks travels in the cookie: only an id.
    expect(attempt).not.toContain(url.searchParams.get("state"));
  });

  it("signs a supervisor in with the same session as a password sign-in, role and teams from the claims", async () => {
    const { browser, answer } = await signInThroughProvider(h, "ann", "/users?team=Sales%20East");
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/users?team=Sales%20East");
    const session = await sessionOf(h, browser);
    expect(session.status).toBe(200);
    expect(session.body?.account).toEqual({ username: "ann", role: "supervisor", teams: ["Sales East"] });
    expect(session.body?.permissions).toContain("editUser");
    const account = await h.accounts.find("ann");
    expect(account).toMatchObject({ role: "supervisor", ssoSubject: "ann", teams: ["Sales East"], passwordHash: "" });
    const [record] = await auditOf(h, "session.sso_sign_in");
    expect(record).toMatchObject({ actor: "ann", role: "supervisor", outcome: "succeeded", target: "ann" });
    // The session works for the API like any other: a read, and a change with its CSRF token.
    const directory = await browser.request(`${h.baseUrl}/api/directory`);
    expect(directory.status).toBe(200);
  });

  it("lists the account on the Accounts page as SSO, and refuses it a password", async () => {
    const admin = await h.signIn("admin");
    const list = await admin.agent.get("/api/accounts");
    expect(list.body.accounts.find((a: { username: string }) => a.username === "ann")).toMatchObject({ sso: true, role: "supervisor" });
    expect(list.body.accounts.find((a: { username: string }) => a.username === "viewer")).toMatchObject({ sso: false });
    const reset = await admin.agent
      .patch("/api/accounts/ann")
      .set({ ...SAME_ORIGIN, "X-CSRF-Token": admin.csrfToken })
      .send({ password: "a brand new password 42" });
    expect(reset.status).toBe(409);
    expect(reset.body.errors).toEqual([expect.objectContaining({ field: "password" })]);
  });

  it("refuses a password sign-in for an SSO account, as for a wrong password", async () => {
    const res = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "ann", password: PASSWORD });
    expect(res.status).toBe(401);
    const empty = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "ann", password: "x" });
    expect(empty.status).toBe(401);
  });

  it("takes the role from the claims at every sign-in: a changed group changes the role", async () => {
    const ann = idp.people.get("ann");
    if (!ann) throw new Error("ann is a default person");
    ann.roles = ["sb-helpdesk", "staff"];
    const { browser } = await signInThroughProvider(h, "ann");
    expect((await sessionOf(h, browser)).body?.account.role).toBe("helpdesk");
    expect((await h.accounts.find("ann"))?.role).toBe("helpdesk");
    const [latest] = await auditOf(h, "session.sso_sign_in");
    expect(latest?.changes).toEqual({ before: { role: "supervisor" }, after: { role: "helpdesk" } });
    ann.roles = ["sb-supervisors"];
  });

  it("scopes the account to the teams claim at every sign-in; an admin cannot edit them (decision 023)", async () => {
    const { browser } = await signInThroughProvider(h, "ann");
    // navarro is in Support Team: outside ann's Sales East.
    const refused = await browser.request(`${h.baseUrl}/api/users/navarro`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      type: "/problems/outside-team-scope",
      detail: "navarro is in team Support Team; your account is scoped to Sales East.",
    });
    const ann = idp.people.get("ann");
    if (!ann) throw new Error("ann is a default person");
    ann.teams = ["Support Team"];
    const again = await signInThroughProvider(h, "ann");
    expect((await again.browser.request(`${h.baseUrl}/api/users/navarro`)).status).toBe(200);
    expect((await h.accounts.find("ann"))?.teams).toEqual(["Support Team"]);
    ann.teams = ["Sales East"];
    const admin = await h.signIn("admin");
    const edit = await admin.agent.patch("/api/accounts/ann").set({ ...SAME_ORIGIN, "X-CSRF-Token": admin.csrfToken }).send({ teams: null });
    expect(edit.status).toBe(409);
    expect(edit.body.errors).toEqual([{ field: "teams", message: "The identity provider decides this account's teams at each sign-in." }]);
  });

  it("gives the highest mapped role when several groups map", async () => {
    const { browser } = await signInThroughProvider(h, "carol");
    expect((await sessionOf(h, browser)).body?.account.role).toBe("admin");
  });

  it("refuses a person with no mapped role: a 403 page that says so, audited, and no session", async () => {
    const { browser, answer } = await signInThroughProvider(h, "bob");
    expect(answer.status).toBe(403);
    expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await answer.text()).toContain("Your account at Acme Login gives you no role in Switchboard. Ask");
    expect((await sessionOf(h, browser)).status).toBe(401);
    expect(await h.accounts.find("bob")).toBeUndefined();
    const [record] = await auditOf(h, "session.sso_refused");
    expect(record).toMatchObject({ actor: "bob", outcome: "refused", status: 403 });
    expect(record?.reason).toContain("no mapped role");
  });

  it("refuses the provider's return when the state is not the one sent (no session, back to the sign-in page)", async () => {
    const browser = new ProviderBrowser();
    const callback = await browser.signInAtProvider(`${h.baseUrl}/api/auth/oidc/login`, "ann");
    callback.searchParams.set("state", "forged-state");
    const answer = await browser.request(callback.href);
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/sign-in?sso=failed");
    expect((await sessionOf(h, browser)).status).toBe(401);
    expect((await auditOf(h, "session.sso_sign_in"))[0]).toMatchObject({ outcome: "refused", actor: "anonymous" });
  });

  it("refuses a return in a browser that started no sign-in (no pre-login cookie)", async () => {
    const browser = new ProviderBrowser();
    const callback = await browser.signInAtProvider(`${h.baseUrl}/api/auth/oidc/login`, "ann");
    const stranger = new ProviderBrowser();
    const answer = await stranger.request(callback.href);
    expect(answer.headers.get("location")).toBe("/sign-in?sso=failed");
    expect((await sessionOf(h, stranger)).status).toBe(401);
  });

  it("refuses a replayed code: the second return signs nobody in", async () => {
    const browser = new ProviderBrowser();
    const callback = await browser.signInAtProvider(`${h.baseUrl}/api/auth/oidc/login`, "ann");
    const attemptCookie = browser.cookie(h.baseUrl, "switchboard_sso");
    const first = await browser.request(callback.href);
    expect(first.headers.get("location")).toBe("/");
    // An attacker who saw the return (code, state) and the pre-login cookie tries it again.
    const attacker = new ProviderBrowser();
    attacker.setCookie(h.baseUrl, "switchboard_sso", attemptCookie ?? "");
    const replay = await attacker.request(callback.href);
    expect(replay.headers.get("location")).toBe("/sign-in?sso=failed");
    expect((await sessionOf(h, attacker)).status).toBe(401);
  });

  it("refuses an open redirect in next: anything but a path on this site lands on /", async () => {
    for (const next of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "/sign-in"]) {
      const { answer } = await signInThroughProvider(h, "ann", next);
      expect(answer.headers.get("location"), next).toBe("/");
    }
  });

  it("sends the provider's refusal (access_denied) to the sign-in page, never a stack trace", async () => {
    const browser = new ProviderBrowser();
    const login = await browser.request(`${h.baseUrl}/api/auth/oidc/login`);
    const authorize = new URL(String(login.headers.get("location")));
    const denied = new URL(`${h.baseUrl}${SSO_CALLBACK_PATH}`);
    denied.search = new URLSearchParams({ error: "access_denied", state: authorize.searchParams.get("state") ?? "", iss: idp.issuer }).toString();
    const answer = await browser.request(denied.href);
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/sign-in?sso=failed");
    expect((await auditOf(h, "session.sso_sign_in"))[0]?.reason).toContain("access_denied");
  });

  it("signs out here and answers the provider's end-session URL with the ID token as hint", async () => {
    const { browser } = await signInThroughProvider(h, "ann");
    const session = await sessionOf(h, browser);
    const keptTokens = async () => z.object({ n: z.coerce.number() }).parse(await h.db.get("SELECT count(*) AS n FROM sessions WHERE id_token IS NOT NULL")).n;
    const before = (await keptTokens());
    const res = await browser.request(`${h.baseUrl}/api/session`, {
      method: "DELETE",
      headers: { "sec-fetch-site": "same-origin", "x-csrf-token": session.body?.csrfToken ?? "" },
    });
    expect(res.status).toBe(200);
    const { endSessionUrl } = SignedOutSchema.parse(await res.json());
    const url = new URL(endSessionUrl);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe(`${h.baseUrl}/sign-in`);
    expect(url.searchParams.get("id_token_hint")).toMatch(/^ey/);
    expect((await sessionOf(h, browser)).status).toBe(401);
    // The ID token went with the session.
    expect((await keptTokens())).toBe(before - 1);
    // A password session still signs out with 204, as before.
    const local = await h.signIn("viewer");
    expect((await local.agent.delete("/api/session").set({ ...SAME_ORIGIN, "X-CSRF-Token": local.csrfToken })).status).toBe(204);
  });

  it("reports ready once the provider's discovery document has been read", async () => {
    expect((await h.request().get("/api/ready")).status).toBe(200);
  });

  it("never logs the client secret, a code, an ID token or the session id", async () => {
    const { callback, answer } = await signInThroughProvider(h, "ann");
    expect(answer.status).toBe(302);
    const log = h.logLines.join("");
    expect(log).not.toContain(SWITCHBOARD_CLIENT.clientSecret);
    expect(log).not.toContain(callback.searchParams.get("code"));
    expect(log).not.toContain(callback.searchParams.get("state"));
    expect(log).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/);
  });
});

describe("the ID token's nonce and expiry", () => {
  it("refuses an ID token whose nonce is not the one this sign-in sent", async () => {
    const attempts: LoginAttempts = createLoginAttempts();
    const tampered: LoginAttempts = {
      put: (attempt) => attempts.put(attempt),
      take: (id, now) => {
        const attempt = attempts.take(id, now);
        return attempt && { ...attempt, nonce: "not-the-nonce-sent" };
      },
    };
    await withSso({ ssoAttempts: tampered }, {}, async (h) => {
      const { browser, answer } = await signInThroughProvider(h, "ann");
      expect(answer.headers.get("location")).toBe("/sign-in?sso=failed");
      expect((await sessionOf(h, browser)).status).toBe(401);
      expect((await auditOf(h, "session.sso_sign_in"))[0]?.reason).toMatch(/nonce/);
    });
  });

  it("refuses an expired ID token (a one-minute token read an hour later)", async () => {
    await withSso({ ssoClockSkewSeconds: 3600 }, { idTokenTtlSeconds: 60 }, async (h) => {
      const { browser, answer } = await signInThroughProvider(h, "ann");
      expect(answer.headers.get("location")).toBe("/sign-in?sso=failed");
      expect((await sessionOf(h, browser)).status).toBe(401);
      expect((await auditOf(h, "session.sso_sign_in"))[0]?.reason).toMatch(/exp/);
    });
  });
});

describe("LOCAL_SIGN_IN=off", () => {
  it("refuses the password form (403) and says so to the sign-in page; SSO still signs in", async () => {
    await withSso({ localSignIn: false }, {}, async (h) => {
      const methods = await h.request().get("/api/auth/methods");
      expect(methods.body).toEqual({ local: false, sso: { name: "Acme Login" }, signedIn: false });
      const res = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "admin", password: PASSWORD });
      expect(res.status).toBe(403);
      expect(res.body.type).toBe("/problems/local-sign-in-off");
      const { browser } = await signInThroughProvider(h, "carol");
      expect((await sessionOf(h, browser)).body?.account.role).toBe("admin");
    });
  });
});

describe("while the identity provider does not answer", () => {
  it("is not ready, and a sign-in lands on the sign-in page saying so; once it answers, both work", async () => {
    const idp = await startOidcProvider();
    const issuer = idp.issuer;
    await idp.close();
    // Nothing listens at the issuer now: discovery fails, and is tried again at the next request.
    const h = await startHarness({}, { depsFor: (baseUrl) => ({ publicOrigin: baseUrl, sso: ssoConfigFor(issuer, baseUrl) }) });
    try {
      expect((await h.request().get("/api/ready")).status).toBe(503);
      const login = await h.request().get("/api/auth/oidc/login?next=/directory");
      expect(login.status).toBe(302);
      expect(login.headers["location"]).toBe("/sign-in?sso=unavailable");
      // Password sign-in does not depend on the provider.
      await h.signIn("admin");

      const back = await startOidcProvider({ port: Number(new URL(issuer).port) });
      back.register({ redirectUri: `${h.baseUrl}${SSO_CALLBACK_PATH}`, postLogoutRedirectUri: `${h.baseUrl}/sign-in` });
      try {
        expect((await h.request().get("/api/ready")).status).toBe(200);
        const { browser } = await signInThroughProvider(h, "ann");
        expect((await sessionOf(h, browser)).body?.account.role).toBe("supervisor");
      } finally {
        await back.close();
      }
    } finally {
      await h.close();
    }
  });
});

describe("without an identity provider", () => {
  it("offers only the password form, and the SSO routes answer 404", async () => {
    const h = await startHarness();
    try {
      expect((await h.request().get("/api/auth/methods")).body).toEqual({ local: true, sso: null, signedIn: false });
      expect((await h.request().get("/api/auth/oidc/login")).status).toBe(404);
      expect((await h.request().get("/api/auth/oidc/callback?code=x&state=y")).status).toBe(404);
    } finally {
      await h.close();
    }
  });
});
