import { startSimulator, type RunningSimulator } from "@switchboard/genesys-sim";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGenesysClient, GenesysError, type GenesysClient, type GenesysClientOptions } from "../src/index.ts";

// The client against @switchboard/genesys-sim over real HTTP, under a /gws context path: the wire as
// the simulator models GWS 8.5 (CSRF rotation, string codes, the HTTP-200 error envelope, paging).

let sim: RunningSimulator;
let client: GenesysClient;

function createSimClient(overrides: Partial<GenesysClientOptions> = {}): GenesysClient {
  return createGenesysClient({ baseUrl: sim.baseUrl, ...sim.credentials, timeoutMs: 2_000, maxBackoffMs: 20, ...overrides });
}

async function failureOf(call: Promise<unknown>): Promise<GenesysError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof GenesysError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

beforeAll(async () => {
  sim = await startSimulator({ users: 25, seed: 7, contextPath: "/gws" });
  client = createSimClient();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe("the GWS client against the Genesys simulator", () => {
  it("reads the API user, every user with skills and devices, one user, the skill catalogue", async () => {
    expect((await client.getMe()).userName).toBe(sim.credentials.username);
    const users = await client.listUsers({ subresources: true });
    expect(users).toHaveLength(sim.control.userCount());
    const withDevice = users.find((user) => (user.devices ?? []).length > 0);
    expect(withDevice?.id).toMatch(/^[0-9a-f]{32}$/);
    const one = await client.getUser(withDevice?.id ?? "", { subresources: true });
    expect(one.devices?.[0]?.id).toBeTruthy();
    expect((await client.listUserDevices(one.id)).length).toBe(one.devices?.length);
    expect((await client.listSkills()).map((skill) => skill.name)).toContain("Billing");
  });

  it("pages with offset and limit until the list is whole, each user once", async () => {
    const paged = await createSimClient({ pageSize: 7 }).listUsers();
    expect(new Set(paged.map((user) => user.id)).size).toBe(sim.control.userCount());
    expect(sim.control.callCounts()["GET /users"]).toBeGreaterThanOrEqual(4);
  });

  it("creates, updates, assigns and unassigns skills, and deletes; finds by user name", async () => {
    const id = await client.createUser({ userName: "ann.lee@example.com", firstName: "Ann", lastName: "Lee", password: "Ann-Lee-Pass-1", roles: ["ROLE_AGENT"], changePasswordOnFirstLogin: true });
    expect((await client.findUserByUserName("ANN.LEE@example.com"))?.id).toBe(id);
    await client.updateUser(id, { firstName: "Anne", roles: ["ROLE_AGENT", "ROLE_ADMIN"] });
    const billing = (await client.listSkills()).find((skill) => skill.name === "Billing");
    await client.assignSkill(id, { skillUri: billing?.uri ?? "", level: 4 });
    expect(await client.listUserSkills(id)).toEqual([expect.objectContaining({ name: "Billing", level: 4 })]);
    await client.unassignSkill(id, billing?.id ?? "");
    expect(await client.listUserSkills(id)).toEqual([]);
    const user = await client.getUser(id);
    expect(user).toMatchObject({ firstName: "Anne", changePasswordOnFirstLogin: true });
    expect(new Set(user.roles)).toEqual(new Set(["ROLE_AGENT", "ROLE_ADMIN"]));
    await client.deleteUser(id);
    expect((await failureOf(client.getUser(id))).kind).toBe("not_found");
  });

  it("a rotated CSRF token: the write is refused once, the token fetched again, the write done", async () => {
    await client.getMe();
    sim.control.rotateCsrfToken();
    const id = await client.createUser({ userName: "after.rotation@example.com", firstName: "After", lastName: "Rotation", password: "After-Rot-1", roles: ["ROLE_AGENT"] });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(sim.control.callCounts()["POST /users"]).toBe(2);
  });

  it("an expired session: a new JSESSIONID and token, the write done", async () => {
    await client.getMe();
    sim.control.expireSessions();
    await expect(client.createUser({ userName: "after.expiry@example.com", firstName: "A", lastName: "E", password: "After-Exp-1", roles: ["ROLE_AGENT"] })).resolves.toMatch(/^[0-9a-f]{32}$/);
  });

  it.each(["documented", "strings", "numbers"] as const)("status codes written as %s: a taken user name is a conflict on userName (code 18)", async (style) => {
    sim.control.setStatusCodes(style);
    const [taken] = await client.listUsers();
    const error = await failureOf(client.createUser({ userName: taken?.userName ?? "", firstName: "T", lastName: "T", password: "Taken-Pass-1", roles: ["ROLE_AGENT"] }));
    expect(error).toMatchObject({ kind: "conflict", code: 18, field: "userName" });
  });

  it("the HTTP-200 error envelope: the code decides, not the status", async () => {
    sim.control.setErrorsWithHttp200(true);
    const error = await failureOf(client.getUser("0123456789abcdef0123456789abcdef"));
    expect(error).toMatchObject({ kind: "not_found", code: 6, status: 200 });
    const invalid = await failureOf(client.assignSkill((await client.getMe()).id, { skillId: "no-such-skill", level: 3 }));
    expect(["validation", "not_found"]).toContain(invalid.kind);
  });

  it("an agent as API user may not create users: forbidden (code 5), not not_found", async () => {
    await client.createUser({ userName: "plain.agent@example.com", firstName: "Plain", lastName: "Agent", password: "Plain-Agent-1", roles: ["ROLE_AGENT"] });
    const asAgent = createSimClient({ username: "plain.agent@example.com", password: "Plain-Agent-1" });
    const error = await failureOf(asAgent.createUser({ userName: "x@example.com", firstName: "X", lastName: "Y", password: "Xy-Pass-123", roles: ["ROLE_AGENT"] }));
    expect(error).toMatchObject({ kind: "forbidden", code: 5 });
  });

  it("wrong credentials: credentials_rejected, the password in no message", async () => {
    const error = await failureOf(createSimClient({ password: "Wrong-Sentinel-Password" }).getMe());
    expect(error.kind).toBe("credentials_rejected");
    expect(`${error.message} ${error.upstreamMessage ?? ""}`).not.toContain("Wrong-Sentinel-Password");
  });

  it("reads are retried through a 503, writes are not", async () => {
    sim.control.setErrorRate({ endpoint: "GET /me", rate: 1, count: 1 });
    await expect(client.getMe()).resolves.toMatchObject({ userName: sim.credentials.username });
    sim.control.setErrorRate({ endpoint: "POST /users", rate: 1, count: 1 });
    const error = await failureOf(client.createUser({ userName: "once@example.com", firstName: "O", lastName: "N", password: "Once-Pass-12", roles: ["ROLE_AGENT"] }));
    expect(error).toMatchObject({ kind: "upstream", status: 503 });
    expect(sim.control.callCounts()["POST /users"]).toBe(1);
  });
});
