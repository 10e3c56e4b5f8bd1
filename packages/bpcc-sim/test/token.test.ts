import request from "supertest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, startTestTenant, type TestTenant } from "./helpers.ts";

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant({ tokenTtlSeconds: 600 });
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

const tokenCall = (form: Record<string, string>) => request(tenant.sim.baseUrl).post(`${API}/oauth/token`).type("form").send(form);
const goodForm = (): Record<string, string> => ({
  client_id: tenant.sim.credentials.clientId,
  client_secret: tenant.sim.credentials.clientSecret,
  scope: tenant.sim.credentials.scope,
  grant_type: "client_credentials",
});

describe("POST /oauth/token", () => {
  it("answers a client-credentials form with a Bearer token whose expires_in is a string", async () => {
    const response = await tokenCall(goodForm()).expect(200);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(response.text)).toEqual({
      access_token: expect.stringMatching(/^[0-9A-F]{64}$/),
      token_type: "Bearer",
      expires_in: "600",
      scope: tenant.sim.credentials.scope,
    });
  });

  it("refuses another grant type with unsupported_grant_type (400)", async () => {
    const response = await tokenCall({ ...goodForm(), grant_type: "password" }).expect(400);
    expect(JSON.parse(response.text)).toMatchObject({ error: "unsupported_grant_type" });
  });

  it("refuses a wrong secret or client id with invalid_client (401)", async () => {
    for (const form of [{ ...goodForm(), client_secret: "nope" }, { ...goodForm(), client_id: "someone" }]) {
      const response = await tokenCall(form).expect(401);
      expect(JSON.parse(response.text)).toMatchObject({ error: "invalid_client" });
    }
  });

  it("refuses another tenant's scope with invalid_scope (400)", async () => {
    const response = await tokenCall({ ...goodForm(), scope: "other.brightpattern.com" }).expect(400);
    expect(JSON.parse(response.text)).toMatchObject({ error: "invalid_scope" });
  });

  it("refuses the collection's blank form, and a JSON body, with invalid_request (400)", async () => {
    const blank = await tokenCall({ client_id: "", client_secret: "", scope: "", grant_type: "" }).expect(400);
    expect(JSON.parse(blank.text)).toMatchObject({ error: "invalid_request" });
    const json = await request(tenant.sim.baseUrl).post(`${API}/oauth/token`).send(goodForm()).expect(400);
    expect(JSON.parse(json.text)).toMatchObject({ error: "invalid_request" });
  });
});

describe("bearer tokens on data calls", () => {
  it("refuses a call without a token, or with an unknown one, with 401 and a Bearer challenge", async () => {
    const none = await tenant.http.get(`${API}/team`).expect(401);
    expect(none.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect(none.text).toBe("missing access token");
    const unknown = await tenant.http.get(`${API}/team`).set("Authorization", "Bearer 00FF").expect(401);
    expect(unknown.headers["www-authenticate"]).toContain('error="invalid_token"');
  });

  it("refuses an expired token with 401, and accepts a fresh one", async () => {
    tenant.sim.control.advanceClock(599_000);
    await tenant.http.get(`${API}/team`).set(tenant.auth).expect(200);
    tenant.sim.control.advanceClock(2_000);
    const expired = await tenant.http.get(`${API}/team`).set(tenant.auth).expect(401);
    expect(expired.text).toBe("access token expired");
    const fresh = JSON.parse((await tokenCall(goodForm()).expect(200)).text).access_token;
    await tenant.http.get(`${API}/team`).set("Authorization", `Bearer ${fresh}`).expect(200);
  });
});
