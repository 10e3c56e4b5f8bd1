import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BpccTokenResponseSchema } from "@switchboard/bpcc";
import { PASSWORD, SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import { cookieValue, setCookieNamed, type Reply } from "./support.ts";

// Guarantee 7: the BPCC client secret and access tokens appear in no response, header, cookie, log
// line or error body; the browser's cookies and Authorization never travel upstream.

const CLIENT_SECRET = `SentinelClientSecret${randomBytes(12).toString("hex")}`;
const WRONG_SECRET = `SentinelWrongSecret${randomBytes(12).toString("hex")}`;
const BROWSER_BEARER = `SentinelBrowserBearer${randomBytes(12).toString("hex")}`;
const BROWSER_COOKIE = `SentinelBrowserCookie${randomBytes(12).toString("hex")}`;

let h: Harness;
const seen: Reply[] = [];
const keep = async (pending: PromiseLike<Reply>) => {
  const res = await pending;
  seen.push(res);
  return res;
};

beforeAll(async () => {
  h = await startHarness(
    { directoryTtlMs: 0 },
    {
      sim: { clientSecret: CLIENT_SECRET },
      client: { timeoutMs: 300, retries: 0 },
      recordUpstream: true,
    },
  );

  // Everything a session can do, and every way the upstream can fail, each seen from the browser's side.
  const signedIn = await keep(h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "admin", password: PASSWORD }));
  const sessionId = cookieValue(setCookieNamed(signedIn, "switchboard_session") ?? "");
  const csrfToken = String(signedIn.body.csrfToken);
  const browser = { Cookie: `switchboard_session=${sessionId}; tracking=${BROWSER_COOKIE}`, Authorization: `Bearer ${BROWSER_BEARER}` };
  const get = (url: string, headers: Record<string, string> = {}) => keep(h.request().get(url).set(browser).set(headers));

  await get("/api/health");
  await get("/api/ready");
  await get("/api/session");
  await get("/api/directory");
  await get("/api/users/frank.zappa");
  await get("/api/users/navarro/lock");
  const change = { ...browser, "Sec-Fetch-Site": "same-origin", "X-CSRF-Token": csrfToken };
  await keep(h.request().delete("/api/users/navarro/lock").set(change));
  await keep(h.request().post("/api/users/eric.chen/password").set(change).send({}));
  await get("/api/audit");
  await get("/api/audit", { Accept: "text/csv" });
  h.sim.control.revokeTokens();
  await get("/api/directory");
  h.sim.control.setErrorRate({ endpoint: "GET /phone/user", rate: 1, status: 500 });
  await get("/api/directory");
  h.sim.control.setErrorRate({ endpoint: "GET /phone/user", rate: 1, status: 401 });
  await get("/api/directory");
  h.sim.control.clearFaults();
  h.sim.control.hang({ endpoint: "GET /phone/user" });
  await get("/api/directory");
  h.sim.control.clearFaults();
  h.sim.control.dropConnections({ endpoint: "GET /phone/user" });
  await get("/api/directory");
  h.sim.control.clearFaults();
  await keep(h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "admin", password: CLIENT_SECRET }));
  await keep(h.request().delete("/api/session").set(browser).set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken));
});
afterAll(async () => {
  await h.close();
});

/** Every access token the simulator issued during the run, from its answers to the token call. */
function issuedTokens(): string[] {
  return h.upstreamCalls()
    .filter((call) => call.url.endsWith("/oauth/token"))
    .flatMap((call) => {
      const parsed = BpccTokenResponseSchema.safeParse(JSON.parse(call.responseBody || "{}"));
      return parsed.success ? [parsed.data.access_token] : [];
    });
}

function everythingTheBrowserSaw(): string {
  return seen.map((res) => `${JSON.stringify(res.headers)}\n${res.text}`).join("\n");
}

describe("secrets", () => {
  it("were really exercised: tokens were issued, replaced after a revocation, and used", () => {
    const tokens = issuedTokens();
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect(h.upstreamCalls().some((call) => call.headers.authorization === `Bearer ${tokens[0]}`)).toBe(true);
    expect(seen.map((res) => res.status)).toEqual(expect.arrayContaining([200, 502, 504]));
  });

  it("never reach a response: headers, cookies, bodies, problem bodies, the CSV export", () => {
    const browserSide = everythingTheBrowserSaw();
    expect(browserSide).not.toContain(CLIENT_SECRET);
    for (const token of issuedTokens()) expect(browserSide).not.toContain(token);
  });

  it("never reach a log line, the sign-in password that happened to equal the secret included", () => {
    const logs = h.logLines.join("");
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(CLIENT_SECRET);
    for (const token of issuedTokens()) expect(logs).not.toContain(token);
  });

  it("travel upstream only where they belong: the secret in the token call's body, the token as Bearer", () => {
    const tokens = issuedTokens();
    for (const call of h.upstreamCalls()) {
      const isTokenCall = call.url.endsWith("/oauth/token");
      expect(call.headers.cookie, call.url).toBeUndefined();
      expect(call.headers["x-csrf-token"], call.url).toBeUndefined();
      expect(JSON.stringify(call.headers)).not.toContain(BROWSER_BEARER);
      expect(JSON.stringify(call.headers)).not.toContain(BROWSER_COOKIE);
      expect(JSON.stringify(call.headers)).not.toContain(CLIENT_SECRET);
      if (isTokenCall) {
        expect(call.headers.authorization).toBeUndefined();
        expect(call.requestBody).toContain(CLIENT_SECRET);
      } else {
        expect(call.headers.authorization).toMatch(/^Bearer /);
        expect(tokens).toContain(String(call.headers.authorization).slice("Bearer ".length));
        expect(call.requestBody).not.toContain(CLIENT_SECRET);
      }
    }
  });
});

describe("a secret the upstream refuses", () => {
  it("is not echoed by readiness, the failing call, or the logs", async () => {
    const refused = await startHarness({ directoryTtlMs: 0 }, { sim: { clientSecret: CLIENT_SECRET }, client: { clientSecret: WRONG_SECRET, retries: 0 } });
    try {
      const { agent } = await refused.signIn("viewer");
      const ready = await refused.request().get("/api/ready");
      const directory = await agent.get("/api/directory");
      expect(ready.status).toBe(503);
      expect(directory.status).toBe(502);
      expect(directory.body.type).toBe("/problems/upstream-credentials");
      const everything = [ready, directory].map((res) => `${JSON.stringify(res.headers)}${res.text}`).join("") + refused.logLines.join("");
      expect(everything).not.toContain(WRONG_SECRET);
      expect(everything).not.toContain(CLIENT_SECRET);
    } finally {
      await refused.close();
    }
  });
});
