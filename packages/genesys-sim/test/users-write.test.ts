import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createUser, newUser, startGws, userByName, type Gws } from "./helpers.ts";

// POST /users, POST|PUT /users/{id}, DELETE /users/{id}: the seed's operations and access levels.

let gws: Gws;
beforeAll(async () => {
  gws = await startGws();
});
afterAll(() => gws.sim.close());
beforeEach(() => gws.sim.control.reset());

describe("POST /users", () => {
  it("creates a user and answers the documented body: statusCode \"0\" as a string, id, path, uri", async () => {
    const response = await gws.post("/users", newUser("new.agent@example.com", { roles: ["ROLE_AGENT", "ROLE_ADMIN"], changePasswordOnFirstLogin: true })).expect(200);
    expect(Object.keys(response.body)).toEqual(["statusCode", "id", "path", "uri"]);
    expect(response.text.startsWith('{"statusCode":"0",')).toBe(true);
    const { id, path, uri } = response.body;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(path).toBe(`/users/${id}`);
    expect(uri).toBe(`${gws.sim.baseUrl}/api/v2/users/${id}`);
    const read = await gws.get(`/users/${id}`).expect(200);
    expect(read.body.user).toMatchObject({
      userName: "new.agent@example.com",
      emailAddress: "new.agent@example.com",
      firstName: "Test",
      lastName: "Person",
      roles: ["ROLE_AGENT", "ROLE_ADMIN"],
      enabled: true,
      changePasswordOnFirstLogin: true,
      doNotDisturb: "Off",
    });
    expect(read.body.user.password).toBeUndefined();
  });

  it("refuses a taken userName (any case) with HTTP 403 and statusCode \"18\" as a string", async () => {
    const response = await gws.post("/users", newUser("Eric.Chen@example.com")).expect(403);
    expect(response.body).toEqual({ statusCode: "18", statusMessage: "User with userName Eric.Chen@example.com already exists" });
  });

  it.each([
    [{ userName: undefined }, 1, "userName"],
    [{ password: undefined }, 1, "password"],
    [{ firstName: "" }, 1, "firstName"],
    [{ userName: "not-an-email" }, 10, "userName"],
    [{ roles: ["ROLE_SUPERVISOR"] }, 10, "roles"],
    [{ roles: [] }, 10, "roles"],
    [{ changePasswordOnFirstLogin: "maybe" }, 10, "changePasswordOnFirstLogin"],
    [{ nickname: "Bob" }, 10, "nickname"],
    [{ id: "0".repeat(32) }, 11, "id"],
    [{ doNotDisturb: "On" }, 11, "doNotDisturb"],
    [{ skills: [] }, 11, "skills"],
  ])("refuses %j with statusCode %i naming %s", async (change, code, field) => {
    const response = await gws.post("/users", { ...newUser("bad@example.com"), ...change });
    expect(response.status).toBe(code === 11 || code === 10 || code === 1 ? 400 : 403);
    expect(response.body.statusCode).toBe(code);
    expect(response.body.statusMessage).toContain(field);
  });

  it("defaults roles to ROLE_AGENT and takes \"True\" as a Boolean", async () => {
    const id = await createUser(gws, "defaults@example.com", { roles: undefined, changePasswordOnFirstLogin: "True" });
    expect((await gws.get(`/users/${id}`).expect(200)).body.user).toMatchObject({ roles: ["ROLE_AGENT"], changePasswordOnFirstLogin: true });
  });

  it("refuses malformed JSON and a body that is not an object with statusCode 10", async () => {
    expect((await gws.post("/users", "{oops").expect(400)).body.statusCode).toBe(10);
    expect((await gws.post("/users", "[1]").expect(400)).body.statusCode).toBe(10);
  });
});

describe("update: POST and PUT /users/{id}", () => {
  it.each(["post", "put"] as const)("%s changes first and last name and replaces the whole role set", async (method) => {
    const id = await createUser(gws, `roles.${method}@example.com`, { roles: ["ROLE_AGENT", "ROLE_ADMIN"] });
    const response = await gws[method](`/users/${id}`, { firstName: "Renamed", lastName: "Person2", roles: ["ROLE_ADMIN"] }).expect(200);
    expect(response.body).toEqual({ statusCode: 0 });
    expect((await gws.get(`/users/${id}`).expect(200)).body.user).toMatchObject({ firstName: "Renamed", lastName: "Person2", roles: ["ROLE_ADMIN"] });
    await gws[method](`/users/${id}`, { roles: ["ROLE_AGENT"] }).expect(200);
    expect((await gws.get(`/users/${id}`).expect(200)).body.user.roles).toEqual(["ROLE_AGENT"]);
  });

  it("changes nothing else when only one field is given", async () => {
    const before = await userByName(gws, "dale.turner@example.com");
    await gws.post(`/users/${before.id}`, { lastName: "Turner-Smith" }).expect(200);
    const after = await userByName(gws, "dale.turner@example.com");
    expect(after).toEqual({ ...before, lastName: "Turner-Smith" });
  });

  it.each([
    [{ userName: "other@example.com" }, 11],
    [{ changePasswordOnFirstLogin: true }, 11],
    [{ enabled: false }, 11],
    [{ roles: "ROLE_ADMIN" }, 10],
    [{ middleName: "Q" }, 10],
    [{}, 1],
  ])("refuses %j with statusCode %i", async (change, code) => {
    const eric = await userByName(gws, "eric.chen@example.com");
    const response = await gws.put(`/users/${eric.id}`, change).expect(400);
    expect(response.body.statusCode).toBe(code);
  });

  it("answers statusCode 6 for an unknown user", async () => {
    expect((await gws.post(`/users/${"a".repeat(32)}`, { firstName: "X" }).expect(404)).body.statusCode).toBe(6);
  });
});

describe("DELETE /users/{id}", () => {
  it("deletes: statusCode 0, then the user is not found (6) and the user name is free again", async () => {
    const id = await createUser(gws, "short.lived@example.com");
    expect((await gws.delete(`/users/${id}`).expect(200)).body).toEqual({ statusCode: 0 });
    expect((await gws.get(`/users/${id}`).expect(404)).body.statusCode).toBe(6);
    expect((await gws.delete(`/users/${id}`).expect(404)).body.statusCode).toBe(6);
    await createUser(gws, "short.lived@example.com");
  });

  it("removes the user's devices from GET /devices", async () => {
    const eric = await userByName(gws, "eric.chen@example.com");
    const deviceIds = (eric["devices"] as Array<{ id: string }>).map((device) => device.id);
    await gws.delete(`/users/${eric.id}`).expect(200);
    const remaining = (await gws.get("/devices?fields=*").expect(200)).body.devices.map((device: { id: string }) => device.id);
    for (const id of deviceIds) expect(remaining).not.toContain(id);
  });

  it("refuses to delete the calling user (statusCode 2)", async () => {
    const me = (await gws.get("/me").expect(200)).body.user;
    expect((await gws.delete(`/users/${me.id}`).expect(400)).body.statusCode).toBe(2);
  });
});
