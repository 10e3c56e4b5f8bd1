import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, ROLES, SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import { cookieValue, expectProblem, sameOriginWith, setCookieNamed } from "./support.ts";

// Guarantee 3 (test/session.test.ts already covers the plain-HTTP attributes, a fresh id per
// sign-in and disabling an account): the cookie over HTTPS, server-side sign-out and replacement,
// idle and absolute timeouts, and a role change taking effect at the next request.

const PLAIN = "switchboard_session";
const HOST_PREFIXED = "__Host-switchboard_session";

async function signIn(h: Harness, headers: Record<string, string>, username = "admin") {
  return h.request().post("/api/session").set(headers).send({ username, password: PASSWORD });
}

function expectStrictCookie(cookie: string | undefined, secure: boolean): string {
  expect(cookie).toBeDefined();
  const attributes = (cookie ?? "").split(";").map((a) => a.trim().toLowerCase());
  expect(attributes).toContain("httponly");
  expect(attributes).toContain("samesite=strict");
  expect(attributes).toContain("path=/");
  expect(attributes.some((a) => a.startsWith("domain="))).toBe(false);
  expect(attributes.includes("secure")).toBe(secure);
  return cookieValue(cookie ?? "");
}

describe("over HTTPS", () => {
  it("is __Host- prefixed and Secure when PUBLIC_ORIGIN is https", async () => {
    const h = await startHarness({ publicOrigin: "https://switchboard.example.com" });
    try {
      const res = await signIn(h, { Origin: "https://switchboard.example.com" });
      expect(res.status).toBe(200);
      expect(setCookieNamed(res, PLAIN)).toBeUndefined();
      const id = expectStrictCookie(setCookieNamed(res, HOST_PREFIXED), true);
      expect((await h.request().get("/api/session").set("Cookie", `${HOST_PREFIXED}=${id}`)).status).toBe(200);
      // The plain name is not read over HTTPS: a cookie planted by a sibling subdomain cannot pose as ours.
      expectProblem(await h.request().get("/api/session").set("Cookie", `${PLAIN}=${id}`), 401);
    } finally {
      await h.close();
    }
  });

  it("is __Host- prefixed when a trusted proxy says https, and plain when an untrusted client says so", async () => {
    const behindProxy = await startHarness({ trustProxy: 1 });
    const direct = await startHarness({ trustProxy: 0 });
    try {
      const host = new URL(behindProxy.baseUrl).host;
      const viaTls = await signIn(behindProxy, { "X-Forwarded-Proto": "https", Origin: `https://${host}` });
      expectStrictCookie(setCookieNamed(viaTls, HOST_PREFIXED), true);

      const claimed = await signIn(direct, { "X-Forwarded-Proto": "https", ...SAME_ORIGIN });
      expect(setCookieNamed(claimed, HOST_PREFIXED)).toBeUndefined();
      expectStrictCookie(setCookieNamed(claimed, PLAIN), false);
    } finally {
      await behindProxy.close();
      await direct.close();
    }
  });
});

describe("the session id", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it("is opaque and random: at least 128 bits, never repeated, unrelated to the account", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const id = cookieValue(setCookieNamed(await signIn(h, SAME_ORIGIN, ROLES[i % ROLES.length]), PLAIN) ?? "");
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(id, "base64url").length).toBeGreaterThanOrEqual(16);
      expect(id).not.toContain("admin");
      ids.add(id);
    }
    expect(ids.size).toBe(20);
  });

  it("is replaced at sign-in: the browser's previous session ends on the server", async () => {
    const first = cookieValue(setCookieNamed(await signIn(h, SAME_ORIGIN), PLAIN) ?? "");
    const again = await h.request().post("/api/session").set(SAME_ORIGIN).set("Cookie", `${PLAIN}=${first}`).send({ username: "admin", password: PASSWORD });
    const second = cookieValue(setCookieNamed(again, PLAIN) ?? "");
    expect(second).not.toBe(first);
    expectProblem(await h.request().get("/api/session").set("Cookie", `${PLAIN}=${first}`), 401);
    expect((await h.request().get("/api/session").set("Cookie", `${PLAIN}=${second}`)).status).toBe(200);
  });

  it("is destroyed on the server at sign-out: the old cookie, replayed, gets 401", async () => {
    const res = await signIn(h, SAME_ORIGIN);
    const cookie = `${PLAIN}=${cookieValue(setCookieNamed(res, PLAIN) ?? "")}`;
    const csrfToken = String(res.body.csrfToken);
    const out = await h.request().delete("/api/session").set("Cookie", cookie).set(sameOriginWith(csrfToken));
    expect(out.status).toBe(204);
    expectProblem(await h.request().get("/api/session").set("Cookie", cookie), 401);
    expectProblem(await h.request().get("/api/directory").set("Cookie", cookie), 401);
  });

  it("takes a role change into account at the very next request", async () => {
    const { agent } = await h.signIn("supervisor");
    await h.accounts.update("supervisor", { role: "admin" });
    try {
      expect((await agent.get("/api/audit")).status).toBe(200);
      await h.accounts.update("supervisor", { role: "viewer" });
      expectProblem(await agent.get("/api/audit"), 403);
      expect((await agent.get("/api/session")).body).toMatchObject({ account: { role: "viewer" }, permissions: ["readDirectory", "readTeams", "readAccessNumbers", "readUser"] });
    } finally {
      await h.accounts.update("supervisor", { role: "supervisor" });
    }
  });

  it("ends when its account is removed", async () => {
    await h.accounts.create({ username: "temp-admin", passwordHash: String((await h.accounts.find("admin"))?.passwordHash), role: "admin" });
    const { agent } = await h.signIn("temp-admin");
    expect((await agent.get("/api/session")).status).toBe(200);
    await h.accounts.remove("temp-admin");
    expectProblem(await agent.get("/api/session"), 401);
  });
});

describe("timeouts, enforced on the server", () => {
  const MINUTE = 60_000;
  let clock = Date.UTC(2026, 0, 5, 9, 0);
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: () => clock, session: { idleMs: 10 * MINUTE, maxMs: 60 * MINUTE } });
  });
  afterAll(async () => h.close());

  it("ends a session left idle longer than the idle timeout", async () => {
    const { agent } = await h.signIn("viewer");
    clock += 9 * MINUTE;
    expect((await agent.get("/api/session")).status).toBe(200);
    clock += 9 * MINUTE;
    expect((await agent.get("/api/session")).status).toBe(200);
    clock += 10 * MINUTE + 1;
    expectProblem(await agent.get("/api/session"), 401);
    // Ended, not just refused once: going back in time does not revive it.
    clock -= 5 * MINUTE;
    expectProblem(await agent.get("/api/session"), 401);
  });

  it("ends an active session at the absolute timeout", async () => {
    const { agent } = await h.signIn("viewer");
    for (let elapsed = 0; elapsed < 60 * MINUTE; elapsed += 8 * MINUTE) {
      expect((await agent.get("/api/session")).status).toBe(200);
      clock += 8 * MINUTE;
    }
    expectProblem(await agent.get("/api/session"), 401);
  });
});
