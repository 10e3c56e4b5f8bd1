import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGws, userByName, type Gws } from "./helpers.ts";

// GET /me, GET /users (uris, fields=*, subresources=*, paging) and GET /users/{id}: the seed and the notes.

let gws: Gws;
beforeAll(async () => {
  gws = await startGws({ contextPath: "/gws" });
});
afterAll(() => gws.sim.close());

const HEX32 = /^[0-9a-f]{32}$/;

describe("GET /me", () => {
  it("answers the calling user under statusCode 0", async () => {
    const response = await gws.get("/me").expect(200).expect("Content-Type", "application/json;charset=UTF-8");
    expect(response.body.statusCode).toBe(0);
    expect(response.body.user).toMatchObject({ userName: gws.sim.credentials.username, roles: ["ROLE_ADMIN"], enabled: true });
  });
});

describe("GET /users", () => {
  it("answers absolute uris (this request's host and the context path) for every user", async () => {
    const response = await gws.get("/users").expect(200);
    expect(Object.keys(response.body)).toEqual(["statusCode", "uris"]);
    expect(response.body.uris).toHaveLength(50);
    const origin = new URL(gws.sim.baseUrl).origin;
    for (const uri of response.body.uris) expect(uri).toMatch(new RegExp(`^${origin}/gws/api/v2/users/[0-9a-f]{32}$`));
  });

  it("fields=* answers every field of every user, without skills and devices", async () => {
    const response = await gws.get("/users?fields=*").expect(200);
    const [first] = response.body.users;
    expect(Object.keys(first)).toEqual(["id", "userName", "firstName", "lastName", "emailAddress", "roles", "enabled", "changePasswordOnFirstLogin", "contactCenterId", "doNotDisturb", "uri", "path"]);
    expect(first.id).toMatch(HEX32);
    expect(first.path).toBe(`/users/${first.id}`);
    expect(first.uri).toBe(`${gws.sim.baseUrl}/api/v2/users/${first.id}`);
    for (const user of response.body.users) {
      expect(user.userName).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      expect(["On", "Off"]).toContain(user.doNotDisturb);
      expect(user.roles.every((role: string) => role === "ROLE_ADMIN" || role === "ROLE_AGENT")).toBe(true);
    }
  });

  it("fields=a,b answers only those fields", async () => {
    const response = await gws.get("/users?fields=id,userName").expect(200);
    expect(Object.keys(response.body.users[0])).toEqual(["id", "userName"]);
  });

  it("subresources=* adds each user's skills (with levels) and devices", async () => {
    const eric = await userByName(gws, "eric.chen@example.com");
    expect(eric).toMatchObject({ firstName: "Eric", lastName: "Chen", roles: ["ROLE_AGENT"] });
    const everyone = (await gws.get("/users?subresources=*").expect(200)).body.users;
    const skills = everyone.flatMap((user: { skills: unknown[] }) => user.skills);
    const devices = everyone.flatMap((user: { devices: unknown[] }) => user.devices);
    expect(skills.length).toBeGreaterThan(20);
    expect(skills[0]).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: expect.any(String), uri: expect.stringContaining("/api/v2/skills/") });
    // Levels arrive as numbers and, for some, as strings.
    expect(new Set(skills.map((skill: { level: unknown }) => typeof skill.level))).toEqual(new Set(["number", "string"]));
    expect(devices[0]).toMatchObject({
      id: expect.stringMatching(HEX32),
      deviceState: expect.stringMatching(/^(Active|Inactive)$/),
      e164Number: expect.stringMatching(/^\+\d{11,12}$/),
      country: { name: expect.any(String), code: expect.any(String), callingCode: expect.any(String) },
      userState: { id: expect.any(String), displayName: expect.any(String), state: expect.any(String) },
      doNotDisturb: expect.stringMatching(/^(On|Off)$/),
      capabilities: expect.any(Array),
      type: expect.any(String),
    });
  });

  it("pages with offset and limit, sorted by userName, and answers totalCount", async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 60; offset += 20) {
      const response = await gws.get(`/users?fields=*&offset=${offset}&limit=20&sortBy=userName`).expect(200);
      expect(response.body.totalCount).toBe(50);
      seen.push(...response.body.users.map((user: { userName: string }) => user.userName));
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    expect(seen).toEqual([...seen].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    const uris = await gws.get("/users?offset=45&limit=10").expect(200);
    expect([uris.body.uris.length, uris.body.totalCount]).toEqual([5, 50]);
  });

  it("answers totalCount only when paging was asked for", async () => {
    expect((await gws.get("/users?fields=*").expect(200)).body.totalCount).toBeUndefined();
  });

  it.each(["offset=-1", "limit=0", "limit=ten", "sortBy=shoeSize", "subresources=skills"])("refuses %s with statusCode 10", async (query) => {
    const response = await gws.get(`/users?${query}`).expect(400);
    expect(response.body.statusCode).toBe(10);
  });
});

describe("GET /users/{id}", () => {
  it("answers one user, with every field; subresources=* adds skills and devices", async () => {
    const eric = await userByName(gws, "eric.chen@example.com");
    const plain = await gws.get(`/users/${eric.id}`).expect(200);
    expect(plain.body.statusCode).toBe(0);
    expect(plain.body.user.skills).toBeUndefined();
    expect(plain.body.user.userName).toBe("eric.chen@example.com");
    const full = await gws.get(`/users/${eric.id}?subresources=*`).expect(200);
    expect(full.body.user).toEqual(eric);
  });

  it("answers statusCode 6 with HTTP 404 for an unknown id", async () => {
    const response = await gws.get(`/users/${"0".repeat(32)}`).expect(404);
    expect(response.body).toEqual({ statusCode: 6, statusMessage: "User not found" });
  });

  it("answers statusCode 6 for a path the API does not have", async () => {
    const response = await gws.get("/nothing-here").expect(404);
    expect(response.body.statusCode).toBe(6);
  });
});

describe("methods", () => {
  it("answers a known path with another method with 405 and statusCode 2", async () => {
    const eric = await userByName(gws, "eric.chen@example.com");
    const response = await gws.post(`/users/${eric.id}/devices`, {});
    expect([response.status, response.body.statusCode]).toEqual([405, 2]);
  });
});
