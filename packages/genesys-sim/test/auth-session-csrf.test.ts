import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, basicAuth, createUser, newUser, startGws, type Gws } from "./helpers.ts";

// HTTP Basic on every call, the JSESSIONID session, and CSRF protection (the notes' Transport).

let gws: Gws;
beforeAll(async () => {
  gws = await startGws();
});
afterAll(() => gws.sim.close());
beforeEach(async () => {
  gws.sim.control.reset();
  await gws.refreshCsrf();
});

const raw = () => request(gws.sim.baseUrl);

describe("HTTP Basic", () => {
  it("answers 401 with statusCode 20 and a Basic challenge without credentials or with wrong ones", async () => {
    for (const authorization of [undefined, basicAuth(gws.sim.credentials.username, "wrong"), basicAuth("someone@example.com", gws.sim.credentials.password), "Bearer abc"]) {
      const call = raw().get(`${API}/me`);
      if (authorization) call.set("Authorization", authorization);
      const response = await call.expect(401);
      expect(response.body).toEqual({ statusCode: 20, statusMessage: "Not authenticated" });
      expect(response.headers["www-authenticate"]).toMatch(/^Basic realm=/);
    }
  });

  it("checks credentials before CSRF on a write", async () => {
    const response = await raw().post(`${API}/users`).send(newUser("x@example.com")).expect(401);
    expect(response.body.statusCode).toBe(20);
  });

  it("is needed on every call: a session cookie alone does not authenticate", async () => {
    const first = await raw().get(`${API}/me`).set("Authorization", gws.basic).expect(200);
    const cookie = String(first.headers["set-cookie"]?.[0]).split(";")[0] ?? "";
    await raw().get(`${API}/me`).set("Cookie", cookie).expect(401);
  });

  it("follows a password changed through the API", async () => {
    const me = (await gws.get("/me").expect(200)).body.user;
    await gws.post(`/users/${me.id}`, { password: "Changed-456" }).expect(200);
    await gws.get("/me").expect(401);
    await raw().get(`${API}/me`).set("Authorization", basicAuth(gws.sim.credentials.username, "Changed-456")).expect(200);
  });
});

describe("who may call", () => {
  it("a user created through the API signs in with its password; as an agent it may read but not create (403, statusCode 5)", async () => {
    await createUser(gws, "agent.api@example.com", { password: "Agent-789", roles: ["ROLE_AGENT"] });
    const agent = request.agent(gws.sim.baseUrl);
    const auth = basicAuth("agent.api@example.com", "Agent-789");
    const me = await agent.get(`${API}/me`).set("Authorization", auth).expect(200);
    expect(me.body.user).toMatchObject({ userName: "agent.api@example.com", roles: ["ROLE_AGENT"] });
    await agent.get(`${API}/users`).set("Authorization", auth).expect(200);
    const refused = await agent
      .post(`${API}/users`)
      .set("Authorization", auth)
      .set("X-CSRF-TOKEN", String(me.headers["x-csrf-token"]))
      .send(newUser("made.by.agent@example.com"))
      .expect(403);
    expect(refused.body).toEqual({ statusCode: 5, statusMessage: "No permission: the Contact Center Admin role is required" });
  });

  it("a seeded user without a password cannot sign in", async () => {
    await raw().get(`${API}/me`).set("Authorization", basicAuth("eric.chen@example.com", "")).expect(401);
  });
});

describe("JSESSIONID", () => {
  it("is set on the first call, path the context path, and kept while the client sends it back", async () => {
    const first = await raw().get(`${API}/me`).set("Authorization", gws.basic).expect(200);
    const setCookie = String(first.headers["set-cookie"]?.[0]);
    expect(setCookie).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/);
    const again = await raw().get(`${API}/me`).set("Authorization", gws.basic).set("Cookie", setCookie.split(";")[0] ?? "").expect(200);
    expect(again.headers["set-cookie"]).toBeUndefined();
  });
});

describe("CSRF on", () => {
  it("GETs answer the header name and the session's token", async () => {
    const response = await gws.get("/users").expect(200);
    expect(response.headers["x-csrf-header"]).toBe("X-CSRF-TOKEN");
    expect(response.headers["x-csrf-token"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers["x-csrf-token"]).toBe(gws.csrf?.token);
  });

  it("refuses every write without the token: HTTP 403, statusCode 3, 'Missing or invalid Csrf token'", async () => {
    const id = await createUser(gws, "csrf.target@example.com");
    const token = gws.csrf;
    gws.csrf = undefined;
    const refusals = [
      await gws.post("/users", newUser("nope@example.com")),
      await gws.post(`/users/${id}`, { firstName: "X" }),
      await gws.put(`/users/${id}`, { firstName: "X" }),
      await gws.delete(`/users/${id}`),
      await gws.post(`/users/${id}/skills`, { uri: "/skills/x", level: 1 }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(403);
      expect(response.text).toBe('{"statusCode":3,"statusMessage":"Missing or invalid Csrf token"}');
    }
    gws.csrf = token ? { ...token, token: "0f0f0f0f-0000-4000-8000-000000000000" } : undefined;
    expect((await gws.delete(`/users/${id}`)).status).toBe(403);
    gws.csrf = token;
    await gws.delete(`/users/${id}`).expect(200);
  });

  it("binds the token to the session: another session's token is refused", async () => {
    const other = await raw().get(`${API}/me`).set("Authorization", gws.basic).expect(200);
    const response = await gws.post("/users", newUser("x@example.com")).set("X-CSRF-TOKEN", String(other.headers["x-csrf-token"]));
    expect(response.status).toBe(403);
  });

  it("rotation: the next write with the old token gets 403; a GET answers the new one, and the retry passes", async () => {
    const old = gws.csrf?.token;
    gws.sim.control.rotateCsrfToken();
    const refused = await gws.post("/users", newUser("rotated@example.com"));
    expect([refused.status, refused.body.statusCode]).toEqual([403, 3]);
    await gws.refreshCsrf();
    expect(gws.csrf?.token).not.toBe(old);
    await gws.post("/users", newUser("rotated@example.com")).expect(200);
  });

  it("expired sessions: a new JSESSIONID and token, and the old token no longer holds", async () => {
    gws.sim.control.expireSessions();
    expect((await gws.post("/users", newUser("expired@example.com"))).status).toBe(403);
    await gws.refreshCsrf();
    await gws.post("/users", newUser("expired@example.com")).expect(200);
  });
});

describe("CSRF off", () => {
  it("answers no CSRF headers and takes writes without a token", async () => {
    gws.sim.control.setCsrf(false);
    const response = await gws.get("/me").expect(200);
    expect(response.headers["x-csrf-header"]).toBeUndefined();
    expect(response.headers["x-csrf-token"]).toBeUndefined();
    gws.csrf = undefined;
    await gws.post("/users", newUser("no.csrf@example.com")).expect(200);
  });

  it("can start off as an option", async () => {
    const plain = await startGws({ csrf: false });
    try {
      expect(plain.csrf).toBeUndefined();
      await plain.post("/users", newUser("plain@example.com")).expect(200);
    } finally {
      await plain.sim.close();
    }
  });
});
