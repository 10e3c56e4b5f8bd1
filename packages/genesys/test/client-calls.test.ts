import type { Express } from "express";
import { describe, expect, it } from "vitest";
import type { GenesysCreateUser } from "../src/index.ts";
import { API, catchGenesysError, makeUser, mountGwsSession, SKILL_ID, USER_ID, useStubUpstreams } from "./stub-upstream.ts";

// Each call: the method, path and body it sends, and what it makes of GWS's answer.

const start = useStubUpstreams();

async function startWith(mount: (app: Express) => void, pageSize?: number) {
  const stub = await start((app) => {
    mountGwsSession(app, { csrf: false });
    mount(app);
  });
  return { stub, client: stub.createClient(pageSize ? { pageSize } : {}) };
}

const SKILL = { id: SKILL_ID, name: "French", level: "3", uri: `http://gws${API}/skills/${SKILL_ID}` };
const DEVICE = {
  id: "dev-1",
  deviceState: "Active",
  phoneNumber: "+15551230001",
  doNotDisturb: "On",
  forwardTo: null,
  capabilities: ["ForwardTo", "DoNotDisturbOn"],
  type: "SIP",
  userState: { id: "1", displayName: "Ready", state: "Ready" },
  country: { name: "USA", code: "US", callingCode: 1 },
};

const NEW_USER: GenesysCreateUser = {
  userName: "ann.lee@example.com",
  firstName: "Ann",
  lastName: "Lee",
  password: "Passw0rd!",
  roles: ["ROLE_AGENT"],
  changePasswordOnFirstLogin: true,
};

/** 250 users named user-000 … user-249, answered in pages, with or without totalCount. */
function mountPagedUsers(app: Express, options: { totalCount: boolean }) {
  const all = Array.from({ length: 250 }, (_, index) =>
    makeUser({ id: index.toString(16).padStart(32, "0"), userName: `user-${String(index).padStart(3, "0")}@example.com` }),
  );
  app.get(`${API}/users`, (req, res) => {
    const offset = Number(req.query["offset"] ?? 0);
    const limit = Number(req.query["limit"] ?? all.length);
    if (!options.totalCount) return void res.json({ statusCode: 0, users: all });
    res.json({ statusCode: "0", users: all.slice(offset, offset + limit), totalCount: String(all.length) });
  });
}

describe("reading users", () => {
  it("getMe reads GET /me", async () => {
    const { stub, client } = await startWith(() => {});
    expect(await client.getMe()).toMatchObject({ userName: "api-admin@example.com" });
    expect(stub.requests[0]?.rawPath).toBe(`${API}/me`);
  });

  it("getUser reads quirky fields leniently, and asks for subresources when told", async () => {
    const { stub, client } = await startWith((app) =>
      app.get(`${API}/users/:id`, (_req, res) =>
        void res.json({ statusCode: "0", user: makeUser({ enabled: "true", doNotDisturb: "On", skills: [SKILL], devices: [DEVICE], unknown: 1 }) }),
      ),
    );

    const user = await client.getUser(USER_ID, { subresources: true });

    expect(stub.requests[0]?.rawPath).toBe(`${API}/users/${USER_ID}?subresources=*`);
    expect(user).toMatchObject({ id: USER_ID, enabled: true, doNotDisturb: true, roles: ["ROLE_AGENT"] });
    expect(user.skills).toEqual([{ id: SKILL_ID, name: "French", level: 3, description: undefined, uri: SKILL.uri, path: undefined }]);
    expect(user.devices?.[0]).toMatchObject({ phoneNumber: "+15551230001", doNotDisturb: true, forwardTo: undefined, country: { callingCode: "1" } });
    expect(user).not.toHaveProperty("unknown");
  });

  it("listUsers pages with offset, limit and sortBy while the server gives totalCount", async () => {
    const { stub, client } = await startWith((app) => mountPagedUsers(app, { totalCount: true }));

    const users = await client.listUsers();

    expect(users).toHaveLength(250);
    expect(new Set(users.map((user) => user.id)).size).toBe(250);
    expect(stub.requests.map((request) => request.rawPath)).toEqual([
      `${API}/users?fields=*&offset=0&limit=100&sortBy=userName`,
      `${API}/users?fields=*&offset=100&limit=100&sortBy=userName`,
      `${API}/users?fields=*&offset=200&limit=100&sortBy=userName`,
    ]);
  });

  it("listUsers asks for the pages after the second at once, never more than the client's concurrency", async () => {
    let open = 0;
    let peak = 0;
    const stub = await start((app) => {
      mountGwsSession(app, { csrf: false });
      app.use(`${API}/users`, async (_req, _res, next) => {
        open += 1;
        peak = Math.max(peak, open);
        await new Promise((resolve) => setTimeout(resolve, 20));
        open -= 1;
        next();
      });
      mountPagedUsers(app, { totalCount: true });
    });

    const users = await stub.createClient({ pageSize: 10, concurrency: 4 }).listUsers();

    expect(new Set(users.map((user) => user.id)).size).toBe(250);
    expect(stub.requests.filter((request) => request.rawPath.startsWith(`${API}/users?`))).toHaveLength(25);
    expect(peak).toBe(4);
  });

  it("listUsers takes one answer without totalCount as the whole list, and passes subresources", async () => {
    const { stub, client } = await startWith((app) => mountPagedUsers(app, { totalCount: false }));

    expect(await client.listUsers({ subresources: true })).toHaveLength(250);
    expect(stub.requests.map((request) => request.rawPath)).toEqual([`${API}/users?fields=*&subresources=*&offset=0&limit=100&sortBy=userName`]);
  });

  it("listUsers stops at a page that brings nothing, though totalCount promised more", async () => {
    const { stub, client } = await startWith((app) =>
      app.get(`${API}/users`, (req, res) => void res.json({ statusCode: 0, users: req.query["offset"] === "0" ? [makeUser()] : [], totalCount: 5 })),
    );
    expect(await client.listUsers()).toHaveLength(1);
    expect(stub.requests).toHaveLength(2);
  });

  it("listUsers keeps a user once when a create between pages shifts the next page", async () => {
    const first = makeUser({ id: "a".repeat(32) });
    const second = makeUser({ id: "b".repeat(32) });
    const mount = (app: Express) =>
      app.get(`${API}/users`, (req, res) => {
        const users = req.query["offset"] === "0" ? [first] : [first, second];
        res.json({ statusCode: 0, users, totalCount: 3 });
      });
    const { client } = await startWith(mount, 1);
    expect((await client.listUsers()).map((user) => user.id)).toEqual([first["id"], second["id"]]);
  });

  it("listUsers fails rather than answer part of the list when the server ignores the offset", async () => {
    const { stub, client } = await startWith((app) =>
      app.get(`${API}/users`, (_req, res) => void res.json({ statusCode: 0, users: [makeUser()], totalCount: 50 })),
    );
    expect(await catchGenesysError(client.listUsers())).toMatchObject({ kind: "upstream", message: expect.stringContaining("offset ignored") });
    expect(stub.requests).toHaveLength(2);
  });

  it("findUserByUserName lists users and matches the name, ignoring case", async () => {
    const { stub, client } = await startWith((app) => mountPagedUsers(app, { totalCount: true }), 100);

    expect(await client.findUserByUserName("USER-142@example.com")).toMatchObject({ id: (142).toString(16).padStart(32, "0") });
    expect(await client.findUserByUserName("nobody@example.com")).toBeUndefined();
    expect(stub.requests).toHaveLength(6);
  });
});

describe("changing users", () => {
  it("createUser POSTs the user and answers the new id", async () => {
    const { stub, client } = await startWith((app) =>
      app.post(`${API}/users`, (_req, res) => void res.json({ statusCode: "0", id: USER_ID, path: `/users/${USER_ID}`, uri: "http://gws/x" })),
    );

    const id = await client.createUser(NEW_USER);

    expect(id).toBe(USER_ID);
    expect(stub.requests[0]).toMatchObject({ method: "POST", rawPath: `${API}/users` });
    expect(stub.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(stub.requests[0]?.body ?? "")).toEqual(NEW_USER);
  });

  it("updateUser POSTs only what changes; roles are the whole new set", async () => {
    const { stub, client } = await startWith((app) => app.post(`${API}/users/:id`, (_req, res) => void res.json({ statusCode: 0 })));

    await client.updateUser(USER_ID, { roles: ["ROLE_ADMIN", "ROLE_AGENT"], firstName: "Anne", ...{ userName: "x@y" } });

    expect(stub.requests[0]).toMatchObject({ method: "POST", rawPath: `${API}/users/${USER_ID}` });
    expect(JSON.parse(stub.requests[0]?.body ?? "")).toEqual({ firstName: "Anne", roles: ["ROLE_ADMIN", "ROLE_AGENT"] });
  });

  it("deleteUser DELETEs the user, and an empty 2xx body is a success", async () => {
    const { stub, client } = await startWith((app) => app.delete(`${API}/users/:id`, (_req, res) => void res.status(200).send("")));
    await client.deleteUser(USER_ID);
    expect(stub.requests[0]).toMatchObject({ method: "DELETE", rawPath: `${API}/users/${USER_ID}`, body: "" });
    expect(stub.requests[0]?.headers["content-type"]).toBeUndefined();
  });

  it("refuses bad input before sending anything", async () => {
    const { stub, client } = await startWith(() => {});
    const cases = [
      client.updateUser(USER_ID, {}),
      client.updateUser(USER_ID, { roles: [] }),
      client.createUser({ userName: " ", firstName: "A", lastName: "B", password: "p", roles: ["ROLE_AGENT"] }),
      client.getUser("../skills"),
      client.unassignSkill(USER_ID, "a/b"),
      client.assignSkill(USER_ID, { skillId: SKILL_ID, level: -1 }),
    ];
    const errors = await Promise.all(cases.map(catchGenesysError));
    expect(errors.map((error) => error.kind)).toEqual(Array(cases.length).fill("validation"));
    expect(errors[2]?.field).toBe("userName");
    expect(stub.requests).toHaveLength(0);
  });
});

describe("skills and devices", () => {
  it("listSkills and listUserSkills read the skill lists, levels as numbers", async () => {
    const { stub, client } = await startWith((app) => {
      app.get(`${API}/skills`, (_req, res) => void res.json({ statusCode: 0, skills: [{ id: SKILL_ID, name: "French" }] }));
      app.get(`${API}/users/:id/skills`, (_req, res) => void res.json({ statusCode: 0, skills: [SKILL] }));
    });

    expect(await client.listSkills()).toEqual([{ id: SKILL_ID, name: "French" }]);
    expect(await client.listUserSkills(USER_ID)).toMatchObject([{ id: SKILL_ID, level: 3 }]);
    expect(stub.requests.map((request) => request.rawPath)).toEqual([`${API}/skills?fields=*`, `${API}/users/${USER_ID}/skills`]);
  });

  it("fails loudly on a list of URIs only, rather than reading it as no skills", async () => {
    const { client } = await startWith((app) => app.get(`${API}/skills`, (_req, res) => void res.json({ statusCode: 0, uris: ["http://gws/skills/1"] })));
    expect(await catchGenesysError(client.listSkills())).toMatchObject({ kind: "upstream", message: expect.stringContaining("skills") });
  });

  it("assignSkill POSTs {uri, level}, building the uri from an id on this server", async () => {
    const { stub, client } = await startWith((app) => app.post(`${API}/users/:id/skills`, (_req, res) => void res.json({ statusCode: 0 })));

    await client.assignSkill(USER_ID, { skillId: SKILL_ID, level: 5 });
    await client.assignSkill(USER_ID, { skillUri: "https://gws.example.com/gws/api/v2/skills/abc", level: 0 });

    expect(stub.requests.map((request) => JSON.parse(request.body))).toEqual([
      { uri: `${stub.baseUrl}/api/v2/skills/${SKILL_ID}`, level: 5 },
      { uri: "https://gws.example.com/gws/api/v2/skills/abc", level: 0 },
    ]);
    expect(stub.requests[0]).toMatchObject({ method: "POST", rawPath: `${API}/users/${USER_ID}/skills` });
  });

  it("unassignSkill DELETEs the user's skill", async () => {
    const { stub, client } = await startWith((app) => app.delete(`${API}/users/:id/skills/:skill`, (_req, res) => void res.json({ statusCode: 0 })));
    await client.unassignSkill(USER_ID, SKILL_ID);
    expect(stub.requests[0]).toMatchObject({ method: "DELETE", rawPath: `${API}/users/${USER_ID}/skills/${SKILL_ID}` });
  });

  it("listUserDevices reads the devices", async () => {
    const { stub, client } = await startWith((app) =>
      app.get(`${API}/users/:id/devices`, (_req, res) => void res.json({ statusCode: 0, devices: [DEVICE] })),
    );
    expect(await client.listUserDevices(USER_ID)).toMatchObject([{ id: "dev-1", deviceState: "Active", doNotDisturb: true, type: "SIP" }]);
    expect(stub.requests[0]?.rawPath).toBe(`${API}/users/${USER_ID}/devices`);
  });
});
