import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, newUser, readDirectory, startTestTenant, type TestTenant } from "./helpers.ts";

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

const create = (body: unknown) => tenant.http.post(`${API}/user`).set(tenant.auth).set("Content-Type", "application/json").send(JSON.stringify(body));
const getUser = async (loginId: string) => JSON.parse((await tenant.http.get(`${API}/user/${encodeURIComponent(loginId)}`).set(tenant.auth).expect(200)).text);

describe("POST /user", () => {
  it("answers a bare OK labelled application/json", async () => {
    const response = await create(newUser("ok.person")).expect(200);
    expect(response.text).toBe("OK");
    expect(response.headers["content-type"]).toBe("application/json");
  });

  it("assigns a free extension when none is given, and lists the user in the directory", async () => {
    await create(newUser("first.auto")).expect(200);
    await create(newUser("second.auto")).expect(200);
    const first = await getUser("first.auto");
    const second = await getUser("second.auto");
    expect(first.extension).toMatch(/^\d{4}$/);
    expect(second.extension).toMatch(/^\d{4}$/);
    expect(second.extension).not.toBe(first.extension);
    const directory = await readDirectory(tenant);
    expect(new Set(directory.map((entry) => entry.extension)).size).toBe(directory.length);
    expect(directory).toContainEqual({ extension: first.extension, loginId: "first.auto", firstName: "Test", lastName: "Person", voiceMail: false, greeting: false });
  });

  it("takes an extension given as a number or as a string", async () => {
    await create(newUser("numeric.ext", { extension: 7123 })).expect(200);
    await create(newUser("string.ext", { extension: "7124" })).expect(200);
    expect((await getUser("numeric.ext")).extension).toBe("7123");
    expect((await getUser("string.ext")).extension).toBe("7124");
  });

  it("accepts disabled and changePassword as booleans or as the strings true/false", async () => {
    await create(newUser("string.flags", { disabled: "true", changePassword: "false" })).expect(200);
    await create(newUser("bool.flags", { disabled: false, changePassword: true })).expect(200);
    expect(await getUser("string.flags")).toMatchObject({ disabled: true, changePassword: false });
    expect(await getUser("bool.flags")).toMatchObject({ disabled: false, changePassword: true });
  });

  it.each(["loginId", "firstName", "lastName", "team"])("answers 400 naming a missing %s", async (property) => {
    const body = newUser("missing.part");
    delete body[property];
    const response = await create(body).expect(400);
    expect(response.text).toBe(`${property} is required`);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
  });

  it("answers 400 for a password that breaks the security policy", async () => {
    for (const password of ["short1", "nodigitshere", "12345678", "xx.policy.breaker9"]) {
      const response = await create(newUser("policy.breaker", { password })).expect(400);
      expect(response.text).toBe("password does not comply with the security policy");
    }
  });

  it("answers 400 for a wrongly typed or unknown property, naming it", async () => {
    expect((await create(newUser("bad.flag", { disabled: "yes" })).expect(400)).text).toBe("invalid value for disabled");
    expect((await create(newUser("bad.skill", { skills: { Support: 150 } })).expect(400)).text).toBe("invalid value for skills");
    expect((await create(newUser("bad.ext", { extension: "12a4" })).expect(400)).text).toBe("invalid value for extension");
    expect((await create(newUser("odd.prop", { nickname: "x" })).expect(400)).text).toBe("unknown property nickname");
    expect((await create([newUser("as.array")]).expect(400)).text).toBe("request body must be a JSON object");
  });

  it("answers 400 for a body that is not JSON at all", async () => {
    const response = await tenant.http.post(`${API}/user`).set(tenant.auth).set("Content-Type", "application/json").send("{loginId:");
    expect(response.status).toBe(400);
    expect(response.text).toBe("malformed JSON in request body");
  });

  it("answers 404 'user team not found', 'skill not found: <name>' or 'user role not found' for what does not exist", async () => {
    expect((await create(newUser("no.team", { team: "Nowhere" })).expect(404)).text).toBe("user team not found");
    expect((await create(newUser("no.skill", { skills: { Juggling: 50 } })).expect(404)).text).toBe("skill not found: Juggling");
    expect((await create(newUser("no.role", { roles: ["Wizard"] })).expect(404)).text).toBe("user role not found");
  });

  it("answers 409 for a loginId or an extension already taken", async () => {
    expect((await create(newUser("eric.chen")).expect(409)).text).toBe("user with this loginId already exists");
    expect((await create(newUser("ext.clash", { extension: "1006" })).expect(409)).text).toBe("extension already exists");
  });

  it("answers 415 for a body sent without application/json", async () => {
    const json = JSON.stringify(newUser("wrong.type"));
    const asText = await tenant.http.post(`${API}/user`).set(tenant.auth).set("Content-Type", "text/plain").send(json);
    expect([asText.status, asText.text]).toEqual([415, "Unsupported Media Type"]);
    const untyped = await fetch(`${tenant.sim.baseUrl}${API}/user`, { method: "POST", headers: tenant.auth, body: new Blob([json]) });
    expect(untyped.status).toBe(415);
    await tenant.http.get(`${API}/user/wrong.type`).set(tenant.auth).expect(404);
  });
});
