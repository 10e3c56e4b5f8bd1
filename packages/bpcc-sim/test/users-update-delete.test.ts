import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API, newUser, readDirectory, startTestTenant, type TestTenant } from "./helpers.ts";

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.sim.close());
beforeEach(() => tenant.sim.control.reset());

const update = (loginId: string, body: unknown) =>
  tenant.http.put(`${API}/user/${encodeURIComponent(loginId)}`).set(tenant.auth).set("Content-Type", "application/json").send(JSON.stringify(body));
const getUser = async (loginId: string) => JSON.parse((await tenant.http.get(`${API}/user/${encodeURIComponent(loginId)}`).set(tenant.auth).expect(200)).text);

describe("GET /user/{username}", () => {
  it("answers the user in the documented shape, loginInfo included", async () => {
    const response = await tenant.http.get(`${API}/user/eric.chen`).set(tenant.auth).expect(200);
    expect(response.headers["content-type"]).toBe("application/json");
    const user = JSON.parse(response.text);
    expect(Object.keys(user)).toEqual(["disabled", "changePassword", "skills", "loginId", "firstName", "lastName", "team", "extension", "email", "roles", "loginInfo"]);
    expect(user).toMatchObject({ loginId: "eric.chen", firstName: "Eric", lastName: "Chen", extension: "1006", roles: ["Agent"] });
    expect(typeof user.loginInfo.isLoggedIn).toBe("boolean");
  });

  it("answers 404 'user not found' for an unknown user", async () => {
    const response = await tenant.http.get(`${API}/user/no.such.person`).set(tenant.auth).expect(404);
    expect(response.text).toBe("user not found");
  });
});

describe("PUT /user/{username}", () => {
  it("changes skills (the whole set), disabled, password, changePassword and team, answering a bare OK", async () => {
    const response = await update("eric.chen", { skills: { Spanish: 80 }, disabled: true, password: "n3w-Secret", changePassword: "true", team: "Billing" }).expect(200);
    expect(response.text).toBe("OK");
    expect(response.headers["content-type"]).toBe("application/json");
    expect(await getUser("eric.chen")).toMatchObject({ skills: { Spanish: 80 }, disabled: true, changePassword: true, team: "Billing" });
    await update("eric.chen", { disabled: "false" }).expect(200);
    expect(await getUser("eric.chen")).toMatchObject({ disabled: false, team: "Billing" });
  });

  it.each(["firstName", "lastName", "email", "extension", "roles", "loginId", "workPhone"])("refuses %s with 400 naming it", async (property) => {
    const response = await update("eric.chen", { team: "Billing", [property]: "x" }).expect(400);
    expect(response.text).toBe(`property ${property} cannot be updated`);
    expect((await getUser("eric.chen")).team).toBe("Support Team");
  });

  it("answers 404 for an unknown user, team or skill", async () => {
    expect((await update("no.such.person", { disabled: true }).expect(404)).text).toBe("user not found");
    expect((await update("eric.chen", { team: "Nowhere" }).expect(404)).text).toBe("user team not found");
    expect((await update("eric.chen", { skills: { Juggling: 10 } }).expect(404)).text).toBe("skill not found: Juggling");
  });

  it("answers 400 for a password that breaks the security policy, or a malformed flag", async () => {
    expect((await update("eric.chen", { password: "abc" }).expect(400)).text).toBe("password does not comply with the security policy");
    expect((await update("eric.chen", { changePassword: "maybe" }).expect(400)).text).toBe("invalid value for changePassword");
  });

  it("answers 415 without application/json", async () => {
    const response = await tenant.http.put(`${API}/user/eric.chen`).set(tenant.auth).set("Content-Type", "text/plain").send('{"disabled":true}');
    expect([response.status, response.text]).toEqual([415, "Unsupported Media Type"]);
    expect((await getUser("eric.chen")).disabled).toBe(false);
  });
});

describe("DELETE /user/{username}", () => {
  it("answers a bare OK and removes the user from the directory, freeing the extension", async () => {
    const response = await tenant.http.delete(`${API}/user/eric.chen`).set(tenant.auth).expect(200);
    expect([response.text, response.headers["content-type"]]).toEqual(["OK", "application/json"]);
    expect((await readDirectory(tenant)).some((entry) => entry.loginId === "eric.chen")).toBe(false);
    await tenant.http.post(`${API}/user`).set(tenant.auth).set("Content-Type", "application/json").send(JSON.stringify(newUser("new.tenant", { extension: "1006" }))).expect(200);
  });

  it("hands a deleted user's DID back to the unassigned access numbers", async () => {
    const directory = await readDirectory(tenant);
    const withDid = directory.find((entry) => typeof entry.external === "string" && entry.loginId !== "user");
    if (!withDid) throw new Error("the seeded tenant should hold users with DIDs");
    const numbersBefore = JSON.parse((await tenant.http.get(`${API}/phone/ext`).set(tenant.auth).expect(200)).text);
    expect(numbersBefore).toContainEqual(expect.objectContaining({ number: withDid.external, type: "softphone", loginId: withDid.loginId }));

    await tenant.http.delete(`${API}/user/${String(withDid.loginId)}`).set(tenant.auth).expect(200);
    const numbersAfter = JSON.parse((await tenant.http.get(`${API}/phone/ext`).set(tenant.auth).expect(200)).text);
    expect(numbersAfter).toContainEqual({ number: withDid.external, media: "voice", type: "unassigned" });
  });

  it("answers 404 for an unknown user", async () => {
    expect((await tenant.http.delete(`${API}/user/no.such.person`).set(tenant.auth).expect(404)).text).toBe("user not found");
  });
});
