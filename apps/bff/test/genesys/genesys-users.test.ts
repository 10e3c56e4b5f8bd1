import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CreateUserResponseSchema, DirectoryResponseSchema, UserSchema, type DirectoryEntry } from "@switchboard/contracts";
import { SAME_ORIGIN, startGenesysHarness, type GenesysHarness } from "../harness.ts";

// PLATFORM=genesys end to end: the BFF's routes over the Genesys adapter, the GWS client and the
// Genesys simulator (CSRF on, a /gws context path), over real HTTP.

let h: GenesysHarness;
let directory: DirectoryEntry[];

beforeAll(async () => {
  h = await startGenesysHarness({ directoryTtlMs: 0 }, { recordUpstream: true });
  const { agent } = await h.signIn("viewer");
  directory = DirectoryResponseSchema.parse((await agent.get("/api/directory")).body).users;
});
afterAll(async () => h.close());

async function as(role: "viewer" | "helpdesk" | "supervisor" | "admin") {
  const { agent, csrfToken } = await h.signIn(role);
  const changing = { ...SAME_ORIGIN, "X-CSRF-Token": csrfToken };
  return {
    get: (path: string) => agent.get(path),
    user: async (loginId: string) => UserSchema.parse((await agent.get(`/api/users/${encodeURIComponent(loginId)}`)).body),
    patch: (loginId: string, body: object) => agent.patch(`/api/users/${encodeURIComponent(loginId)}`).set(changing).send(body),
    create: (body: object) => agent.post("/api/users").set(changing).send(body),
    remove: (loginId: string) => agent.delete(`/api/users/${encodeURIComponent(loginId)}`).set(changing),
    send: (method: "delete" | "post", path: string, body?: object) => agent[method](path).set(changing).send(body),
  };
}

/** A seeded agent (not the API user) with an active device, by position so tests do not share one. */
function agentAt(index: number): DirectoryEntry {
  const agents = directory.filter((entry) => entry.did !== null && !entry.loginId.startsWith("switchboard.api"));
  const entry = agents[index];
  if (!entry) throw new Error(`no seeded agent number ${index}`);
  return entry;
}

/** GWS calls that changed something: method and path below /api/v2. */
function writesSince(mark: number): string[] {
  return h
    .upstreamCalls()
    .slice(mark)
    .filter((call) => call.method !== "GET")
    .map((call) => `${call.method} ${call.url.replace(/^.*\/api\/v2/, "").replace(/[0-9a-f]{32}|[0-9a-f-]{36}/g, ":id")}`);
}

beforeEach(() => h.sim.control.clearFaults());

describe("directory and user on Genesys", () => {
  it("lists every user by userName, with the active device's number and DND, no extension", () => {
    expect(directory.length).toBeGreaterThan(50);
    for (const entry of directory) {
      expect(entry.loginId).toMatch(/@/);
      expect(entry.extension).toBeNull();
      expect(typeof entry.doNotDisturb).toBe("boolean");
    }
    expect(directory.some((entry) => entry.did !== null)).toBe(true);
  });

  it("reads a user with their devices, roles as GWS names them, skills name → level, no lock or sign-in details", async () => {
    const person = agentAt(0);
    const user = await (await as("admin")).user(person.loginId);
    expect(user).toMatchObject({ loginId: person.loginId, firstName: person.firstName, team: null, extension: null, loginInfo: null, did: person.did });
    expect(user.roles.every((role) => role === "ROLE_ADMIN" || role === "ROLE_AGENT")).toBe(true);
    expect(user.devices?.length).toBeGreaterThan(0);
    const active = user.devices?.find((device) => device.active);
    expect(active?.phoneNumber).toBe(person.did);
    for (const level of Object.values(user.skills)) expect(level).toBeGreaterThanOrEqual(0);
  });

  it("answers 404 for a user name GWS does not know", async () => {
    const res = await (await as("viewer")).get("/api/users/nobody@example.com");
    expect(res.status, res.text).toBe(404);
  });
});

describe("operations Genesys lacks answer 501 naming platform and operation", () => {
  it.each([
    ["get", "/api/users/x@example.com/lock", "getLockState"],
    ["delete", "/api/users/x@example.com/lock", "unlock"],
    ["get", "/api/teams", "listTeams"],
    ["get", "/api/access-numbers", "listAccessNumbers"],
    ["post", "/api/users/x@example.com/password", "resetPassword"],
  ] as const)("%s %s", async (method, path, operation) => {
    const mark = h.upstreamCalls().length;
    const caller = await as("admin");
    const res = method === "get" ? await caller.get(path) : await caller.send(method, path, method === "post" ? {} : undefined);
    expect(res.status, res.text).toBe(501);
    expect(res.body).toMatchObject({ type: "/problems/not-supported-by-platform", platform: "genesys", operation });
    expect(h.upstreamCalls().slice(mark).filter((call) => !call.url.endsWith("/api/v2/me"))).toEqual([]);
  });

  it("the session's capabilities say so", async () => {
    const res = await (await as("viewer")).get("/api/session");
    expect(res.body.capabilities).toEqual({
      platform: "genesys",
      operations: ["listDirectory", "getUser", "createUser", "updateUser", "deleteUser"],
      editableUserFields: ["firstName", "lastName", "roles", "skills"],
      creatableUserFields: ["loginId", "firstName", "lastName", "password", "changePassword", "roles", "skills"],
      loginIdFormat: "email",
    });
  });
});

describe("Switchboard's own GWS user", () => {
  it("is refused deletion with a 409 that says why, and GWS is never asked", async () => {
    const apiUser = h.sim.credentials.username;
    expect(directory.some((entry) => entry.loginId === apiUser)).toBe(true);
    const admin = await as("admin");
    const mark = h.upstreamCalls().length;
    const res = await admin.remove(apiUser);
    expect(res.status, res.text).toBe(409);
    expect(res.body).toMatchObject({ type: "/problems/api-user" });
    expect(res.body.detail).toBe("Switchboard signs in to the contact center as this user; deleting it would lock Switchboard out.");
    expect(writesSince(mark)).toEqual([]);
    // Still there, and Switchboard still signed in as it.
    expect((await admin.get(`/api/users/${encodeURIComponent(apiUser)}`)).status).toBe(200);
    const [record] = (await h.audit.query({ target: apiUser, action: "user.delete", limit: 1 })).records;
    expect(record).toMatchObject({ outcome: "refused" });
  });
});

describe("create and delete on Genesys (admin)", () => {
  const NEW = { loginId: "rosa.parks@example.com", firstName: "Rosa", lastName: "Parks", roles: ["ROLE_AGENT"], skills: { English: 4, Billing: 2 } };

  it("creates a user with roles and skills, a generated password to change at first sign-in, then deletes them", async () => {
    const admin = await as("admin");
    const res = await admin.create(NEW);
    expect(res.status, res.text).toBe(201);
    expect(CreateUserResponseSchema.parse(res.body)).toMatchObject({ loginId: NEW.loginId, confirmedBy: "answer", generated: true });

    const user = await admin.user(NEW.loginId);
    expect(user).toMatchObject({ firstName: "Rosa", lastName: "Parks", roles: ["ROLE_AGENT"], skills: { English: 4, Billing: 2 }, changePassword: true, disabled: false });

    const gone = await admin.remove(NEW.loginId);
    expect(gone.status, gone.text).toBe(204);
    expect((await admin.get(`/api/users/${NEW.loginId}`)).status).toBe(404);
  });

  it("a create whose answer was lost is read back: 201 confirmed by read-back (team and extension, which GWS lacks, prove nothing)", async () => {
    h.sim.control.dropConnections({ endpoint: "POST /users", afterPerforming: true, count: 1 });
    const res = await (await as("admin")).create({ ...NEW, loginId: "lost.answer@example.com", skills: undefined });
    expect(res.status, res.text).toBe(201);
    expect(CreateUserResponseSchema.parse(res.body)).toMatchObject({ loginId: "lost.answer@example.com", confirmedBy: "read-back" });
  });

  it("a create whose answer was lost before its skills were assigned gets them assigned after the read-back", async () => {
    h.sim.control.dropConnections({ endpoint: "POST /users", afterPerforming: true, count: 1 });
    const admin = await as("admin");
    const res = await admin.create({ ...NEW, loginId: "lost.skills@example.com" });
    expect(res.status, res.text).toBe(201);
    expect(CreateUserResponseSchema.parse(res.body)).toMatchObject({ confirmedBy: "read-back", generated: true });
    expect((await admin.user("lost.skills@example.com")).skills).toEqual({ English: 4, Billing: 2 });
    const [record] = (await h.audit.query({ target: "lost.skills@example.com", action: "user.create", limit: 1 })).records;
    expect(record?.changes?.after).not.toHaveProperty("skillsNotAssigned");
  });

  it("when those skills cannot be assigned either, the user is still reported created with its password, and the audit names the missing skills", async () => {
    h.sim.control.dropConnections({ endpoint: "POST /users", afterPerforming: true, count: 1 });
    h.sim.control.setErrorRate({ endpoint: "POST /users/:id/skills", rate: 1, status: 500 });
    const admin = await as("admin");
    const res = await admin.create({ ...NEW, loginId: "lost.twice@example.com" });
    h.sim.control.clearFaults();
    expect(res.status, res.text).toBe(201);
    expect(CreateUserResponseSchema.parse(res.body).temporaryPassword).toBeTruthy();
    expect((await admin.user("lost.twice@example.com")).skills).toEqual({});
    const [record] = (await h.audit.query({ target: "lost.twice@example.com", action: "user.create", limit: 1 })).records;
    expect(record?.changes?.after).toMatchObject({ skillsNotAssigned: ["English", "Billing"] });
  });

  it("a login id that is not an e-mail address is refused on loginId, and nothing is sent", async () => {
    const mark = h.upstreamCalls().length;
    const res = await (await as("admin")).create({ ...NEW, loginId: "rosa.parks" });
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors).toEqual([{ field: "loginId", message: "This contact center (genesys) names users by e-mail address, e.g. ann.lee@example.com." }]);
    expect(writesSince(mark)).toEqual([]);
  });

  it("a field GWS has no place for (a team, an extension) is refused on that field, and nothing is sent", async () => {
    const mark = h.upstreamCalls().length;
    const res = await (await as("admin")).create({ ...NEW, loginId: "with.team@example.com", team: "Sales", extension: "1234" });
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors).toEqual([
      { field: "team", message: "This contact center (genesys) does not take this field; leave it out." },
      { field: "extension", message: "This contact center (genesys) does not take this field; leave it out." },
    ]);
    expect(h.upstreamCalls().slice(mark).filter((call) => call.method !== "GET")).toEqual([]);
  });

  it("a taken user name lands on loginId as 409", async () => {
    const res = await (await as("admin")).create({ ...NEW, loginId: agentAt(1).loginId, skills: undefined });
    expect(res.status, res.text).toBe(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "loginId" })]);
  });

  it("a role GWS does not have lands on roles as 400, nothing sent", async () => {
    const mark = h.upstreamCalls().length;
    const res = await (await as("admin")).create({ ...NEW, loginId: "new.role@example.com", roles: ["ROLE_SUPERHERO"] });
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "roles" })]);
    expect(writesSince(mark)).toEqual([]);
  });

  it("finds a user created elsewhere (a miss refreshes the name → id map)", async () => {
    const admin = await as("admin");
    await behindTheBffsBack("POST", "/users", { userName: "made.elsewhere@example.com", firstName: "Made", lastName: "Elsewhere", password: "Elsewhere-Pass-1", roles: ["ROLE_AGENT"] });
    expect((await admin.user("made.elsewhere@example.com")).firstName).toBe("Made");
  });

  it("follows a user deleted and created again elsewhere under the same name (a stale id is dropped)", async () => {
    const admin = await as("admin");
    const userName = "born.again@example.com";
    const first = await behindTheBffsBack("POST", "/users", { userName, firstName: "First", lastName: "Life", password: "First-Life-12", roles: ["ROLE_AGENT"] });
    expect((await admin.user(userName)).firstName).toBe("First");
    await behindTheBffsBack("DELETE", `/users/${String(first["id"])}`);
    await behindTheBffsBack("POST", "/users", { userName, firstName: "Second", lastName: "Life", password: "Second-Life-12", roles: ["ROLE_AGENT"] });
    expect((await admin.user(userName)).firstName).toBe("Second");
  });
});

/** A call straight to GWS as its API user, as another tool would make it: Basic, the session cookie, the CSRF token. */
async function behindTheBffsBack(method: "POST" | "DELETE", path: string, body?: object): Promise<Record<string, unknown>> {
  const { username, password } = h.sim.credentials;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  const me = await fetch(`${h.sim.baseUrl}/api/v2/me`, { headers: { authorization } });
  const headers: Record<string, string> = {
    authorization,
    cookie: me.headers.get("set-cookie")?.split(";")[0] ?? "",
    [me.headers.get("x-csrf-header") ?? "X-CSRF-TOKEN"]: me.headers.get("x-csrf-token") ?? "",
    ...(body ? { "content-type": "application/json" } : {}),
  };
  const res = await fetch(`${h.sim.baseUrl}/api/v2${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  const answer = (await res.json()) as Record<string, unknown>;
  expect(String(answer["statusCode"]), JSON.stringify(answer)).toBe("0");
  return answer;
}

describe("edits on Genesys", () => {
  it("names and roles (admin): one update carrying the new role set", async () => {
    const person = agentAt(2);
    const admin = await as("admin");
    const before = await admin.user(person.loginId);
    const res = await admin.patch(person.loginId, {
      firstName: "Renamed",
      roles: ["ROLE_AGENT", "ROLE_ADMIN"],
      expected: { firstName: before.firstName, roles: before.roles },
    });
    expect(res.status, res.text).toBe(200);
    expect(await admin.user(person.loginId)).toMatchObject({ firstName: "Renamed", lastName: before.lastName });
    expect(new Set((await admin.user(person.loginId)).roles)).toEqual(new Set(["ROLE_AGENT", "ROLE_ADMIN"]));
  });

  it("a supervisor may change names and skills but not roles", async () => {
    const person = agentAt(3);
    const supervisor = await as("supervisor");
    const before = await supervisor.user(person.loginId);
    const roles = await supervisor.patch(person.loginId, { roles: ["ROLE_ADMIN"], expected: { roles: before.roles } });
    expect(roles.status, roles.text).toBe(403);
    const names = await supervisor.patch(person.loginId, { lastName: "Changed", expected: { lastName: before.lastName } });
    expect(names.status, names.text).toBe(200);
  });

  it("skills: only the difference is sent — assigns for new or changed levels, removals for the rest", async () => {
    const person = agentAt(4);
    const supervisor = await as("supervisor");
    const before = await supervisor.user(person.loginId);
    const [kept, ...dropped] = Object.keys(before.skills);
    const wanted = { ...(kept ? { [kept]: before.skills[kept] ?? 0 } : {}), Retention: 7 };
    const mark = h.upstreamCalls().length;
    const res = await supervisor.patch(person.loginId, { skills: wanted, expected: { skills: before.skills } });
    expect(res.status, res.text).toBe(200);
    expect((await supervisor.user(person.loginId)).skills).toEqual(wanted);
    const writes = writesSince(mark);
    expect(writes.filter((w) => w.startsWith("POST /users/:id/skills"))).toHaveLength(before.skills["Retention"] === 7 ? 0 : 1);
    expect(writes.filter((w) => w.startsWith("DELETE /users/:id/skills/"))).toHaveLength(dropped.filter((name) => name !== "Retention").length);
    expect(writes.filter((w) => w === "POST /users/:id")).toEqual([]);
  });

  it("a skill the catalogue lacks: 400 on skills.<name>, nothing sent", async () => {
    const person = agentAt(5);
    const supervisor = await as("supervisor");
    const before = await supervisor.user(person.loginId);
    const mark = h.upstreamCalls().length;
    const res = await supervisor.patch(person.loginId, { skills: { ...before.skills, Juggling: 3 }, expected: { skills: before.skills } });
    expect(res.status, res.text).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "skills.Juggling" })]);
    expect(writesSince(mark)).toEqual([]);
    expect((await supervisor.user(person.loginId)).skills).toEqual(before.skills);
  });

  it("partial success: the skill that did not take is named (502, skills.<name>), the others stay applied", async () => {
    const person = agentAt(6);
    const supervisor = await as("supervisor");
    const before = await supervisor.user(person.loginId);
    const added = ["VIP", "Chat"].filter((name) => !(name in before.skills));
    expect(added.length).toBe(2);
    h.sim.control.setErrorRate({ endpoint: "POST /users/:id/skills", rate: 1, count: 1 });
    const res = await supervisor.patch(person.loginId, { skills: { ...before.skills, VIP: 2, Chat: 3 }, expected: { skills: before.skills } });
    expect(res.status, res.text).toBe(502);
    expect(res.body.type).toBe("/problems/partially-saved");
    expect(res.body.errors).toHaveLength(1);
    const failed = String(res.body.errors[0].field).replace(/^skills\./, "");
    expect(added).toContain(failed);
    const took = added.find((name) => name !== failed) ?? "";
    const after = await supervisor.user(person.loginId);
    expect(after.skills).toMatchObject({ ...before.skills, [took]: took === "VIP" ? 2 : 3 });
    expect(after.skills).not.toHaveProperty(failed);
    // Audited as failed, the reason naming what did not take and what did; the record's `after` is the
    // user as read back, so the history shows what they now have, not what was asked.
    const [record] = (await h.audit.query({ target: person.loginId, action: "user.update", limit: 1 })).records;
    expect(record).toMatchObject({ outcome: "failed", status: 502 });
    expect(record?.reason).toContain(`change to ${failed};`);
    expect(record?.reason).toContain(`(${took})`);
    expect(record?.changes?.before).toEqual({ skills: before.skills });
    expect(record?.changes?.after).toEqual({ skills: after.skills });
  });
});

describe("each role on the Genesys routes", () => {
  const person = () => agentAt(7).loginId;
  it.each([
    ["viewer", { directory: 200, user: 200, create: 403, remove: 403, edit: 403 }],
    ["helpdesk", { directory: 200, user: 200, create: 403, remove: 403, edit: 403 }],
    ["supervisor", { directory: 200, user: 200, create: 403, remove: 403, edit: 200 }],
    ["admin", { directory: 200, user: 200, create: 400, remove: 404, edit: 200 }],
  ] as const)("%s", async (role, expected) => {
    const caller = await as(role);
    const before = await caller.user(person());
    expect((await caller.get("/api/directory")).status).toBe(expected.directory);
    expect((await caller.get(`/api/users/${person()}`)).status).toBe(expected.user);
    expect((await caller.create({})).status).toBe(expected.create);
    expect((await caller.remove("no.such.user@example.com")).status).toBe(expected.remove);
    const edit = await caller.patch(person(), { firstName: `${role}Name`, expected: { firstName: before.firstName } });
    expect(edit.status, edit.text).toBe(expected.edit);
  });
});
