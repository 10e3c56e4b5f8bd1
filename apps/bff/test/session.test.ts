import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthMethodsSchema, SessionSchema, ProblemSchema } from "@switchboard/contracts";
import { PASSWORD, SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

function sessionCookie(setCookie: string[] | string | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = all.find((c) => c.startsWith("switchboard_session="));
  if (!cookie) throw new Error("no session cookie was set");
  return cookie;
}

describe("signing in", () => {
  it("answers the session and sets an HttpOnly, SameSite=Strict cookie with a long random id", async () => {
    const { response } = await h.signIn("helpdesk");
    const session = SessionSchema.parse(response.body);
    expect(session.account).toEqual({ username: "helpdesk", role: "helpdesk", teams: null });
    expect(session.permissions).toContain("unlock");
    expect(session.permissions).not.toContain("createUser");
    const cookie = sessionCookie(response.headers["set-cookie"]);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const id = cookie.split(";")[0]!.split("=")[1]!;
    expect(Buffer.from(id, "base64url").length).toBeGreaterThanOrEqual(16);
  });

  it("gives a fresh id at every sign-in", async () => {
    const first = await h.signIn("viewer");
    const second = await h.signIn("viewer");
    expect(sessionCookie(first.response.headers["set-cookie"])).not.toBe(sessionCookie(second.response.headers["set-cookie"]));
  });

  it("answers an unknown account and a wrong password the same way", async () => {
    const unknown = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "nobody", password: PASSWORD });
    const wrong = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "admin", password: "not the password" });
    for (const res of [unknown, wrong]) {
      expect(res.status).toBe(401);
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.headers["set-cookie"]).toBeUndefined();
    }
    expect(ProblemSchema.parse(unknown.body).detail).toBe(ProblemSchema.parse(wrong.body).detail);
  });

  it("names the missing field when the body is incomplete", async () => {
    const res = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "admin" });
    expect(res.status).toBe(400);
    expect(ProblemSchema.parse(res.body).errors).toEqual([expect.objectContaining({ field: "password" })]);
  });

  it("refuses a cross-site sign-in (login CSRF) and a form-encoded body", async () => {
    const crossSite = await h
      .request()
      .post("/api/session")
      .set("Origin", "https://evil.example")
      .send({ username: "admin", password: PASSWORD });
    expect(crossSite.status).toBe(403);
    const form = await h
      .request()
      .post("/api/session")
      .set(SAME_ORIGIN)
      .type("form")
      .send({ username: "admin", password: PASSWORD });
    expect(form.status).toBe(415);
  });
});

describe("the session", () => {
  it("is 401 problem+json without a cookie, never a redirect", async () => {
    const res = await h.request().get("/api/session");
    expect(res.status).toBe(401);
    expect(ProblemSchema.parse(res.body)).toMatchObject({ status: 401, requestId: expect.any(String) });
  });

  it("is told to the anonymous sign-in page without an error status: signed in or not, 200", async () => {
    const anonymous = await h.request().get("/api/auth/methods");
    expect(anonymous.status).toBe(200);
    expect(AuthMethodsSchema.parse(anonymous.body).signedIn).toBe(false);
    const { agent } = await h.signIn("viewer");
    expect(AuthMethodsSchema.parse((await agent.get("/api/auth/methods")).body).signedIn).toBe(true);
    await agent.delete("/api/session").set(SAME_ORIGIN).set("X-CSRF-Token", (await agent.get("/api/session")).body.csrfToken);
    expect(AuthMethodsSchema.parse((await agent.get("/api/auth/methods")).body).signedIn).toBe(false);
  });

  it("tells who is signed in and their CSRF token", async () => {
    const { agent, csrfToken } = await h.signIn("supervisor");
    const res = await agent.get("/api/session");
    expect(res.status).toBe(200);
    expect(SessionSchema.parse(res.body)).toMatchObject({ account: { username: "supervisor", role: "supervisor" }, csrfToken });
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("signs out only with the CSRF token, and the old cookie is then refused", async () => {
    const { agent, csrfToken } = await h.signIn("admin");
    const withoutToken = await agent.delete("/api/session").set(SAME_ORIGIN);
    expect(withoutToken.status).toBe(403);
    expect((await agent.get("/api/session")).status).toBe(200);

    const signedOut = await agent.delete("/api/session").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
    expect(signedOut.status).toBe(204);
    expect((await agent.get("/api/session")).status).toBe(401);
  });

  it("ends at once when the account is disabled", async () => {
    const { agent } = await h.signIn("helpdesk");
    await h.accounts.update("helpdesk", { disabled: true });
    try {
      expect((await agent.get("/api/session")).status).toBe(401);
      expect((await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "helpdesk", password: PASSWORD })).status).toBe(401);
    } finally {
      await h.accounts.update("helpdesk", { disabled: false });
    }
  });
});
