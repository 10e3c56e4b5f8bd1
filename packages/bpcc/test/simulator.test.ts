import { startSimulator, type RunningSimulator } from "@switchboard/bpcc-sim";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBpccClient, type BpccClient, type BpccClientOptions } from "../src/index.ts";
import { catchBpccError } from "./stub-upstream.ts";

// The client against the simulator over real HTTP: the wire as the simulator models BPCC.

let sim: RunningSimulator;
let client: BpccClient;

function createSimClient(overrides: Partial<BpccClientOptions> = {}): BpccClient {
  return createBpccClient({ baseUrl: sim.baseUrl, ...sim.credentials, timeoutMs: 2_000, maxBackoffMs: 20, ...overrides });
}

beforeAll(async () => {
  sim = await startSimulator({ users: 25, seed: 7 });
  client = createSimClient();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe("against the simulator", () => {
  it("gets a token and reads the directory, teams and access numbers", async () => {
    expect(await client.getToken()).toMatch(/\S{16,}/);
    const directory = await client.getDirectory();
    expect(directory.length).toBeGreaterThanOrEqual(25);
    for (const entry of directory) expect(typeof entry.extension).toBe("string");
    expect((await client.listTeams()).map((team) => team.name)).toContain("Support Team");
    expect((await client.listAccessNumbers()).length).toBeGreaterThan(0);
  });

  it("creates, reads, updates, unlocks and deletes a user", async () => {
    const loginId = "round.trip";
    await client.createUser({
      loginId,
      password: "Passw0rd!x",
      firstName: "Round",
      lastName: "Trip",
      team: "Support Team",
      changePassword: true,
      skills: { Support: 80 },
      roles: ["Agent"],
    });
    expect(await client.getUser(loginId)).toMatchObject({ loginId, team: "Support Team", skills: { Support: 80 }, changePassword: true });
    expect((await client.getDirectory()).some((entry) => entry.loginId === loginId)).toBe(true);

    await client.updateUser(loginId, { team: "Accounting", disabled: true, skills: { Support: 50, Cable: 70 } });
    expect(await client.getUser(loginId)).toMatchObject({ team: "Accounting", disabled: true, skills: { Support: 50, Cable: 70 } });

    sim.control.lockUser(loginId);
    expect(await client.getLockState(loginId)).toEqual({ lockedOut: true });
    expect(await client.clearLock(loginId)).toEqual({ lockedOut: false });
    expect(await client.getLockState(loginId)).toEqual({ lockedOut: false });

    await client.deleteUser(loginId);
    expect(await catchBpccError(client.getUser(loginId))).toMatchObject({ kind: "not_found", status: 404 });
  });

  it("reports the simulator's refusals with their kind and text", async () => {
    const input = { loginId: "dup.user", password: "Passw0rd!x", firstName: "Dup", lastName: "User", team: "Sales" };
    await client.createUser(input);
    expect(await catchBpccError(client.createUser(input))).toMatchObject({ kind: "conflict", status: 409 });
    expect(await catchBpccError(client.createUser({ ...input, loginId: "other.user", team: "No Such Team" }))).toMatchObject({
      kind: "not_found",
      upstreamMessage: "user team not found",
    });
  });

  it("renews a revoked token and replays the call", async () => {
    await client.listTeams();
    sim.control.revokeTokens();
    expect((await client.listTeams()).length).toBeGreaterThan(0);
  });

  it("retries a read through an injected 503 but sends a dropped create only once", async () => {
    sim.control.setErrorRate({ endpoint: "GET /team", rate: 1, count: 1, status: 503 });
    expect((await client.listTeams()).length).toBeGreaterThan(0);

    sim.control.resetCallCounts();
    sim.control.dropConnections({ endpoint: "POST /user", afterPerforming: true });
    const input = { loginId: "dropped.create", password: "Passw0rd!x", firstName: "Dropped", lastName: "Create", team: "Sales" };
    expect(await catchBpccError(client.createUser(input))).toMatchObject({ kind: "unavailable" });
    expect(sim.control.callCounts()["POST /user"]).toBe(1);
    sim.control.clearFaults();
    // The create happened although its answer was lost: exactly why it is never sent twice.
    expect(await client.getUser("dropped.create")).toMatchObject({ loginId: "dropped.create" });
  });

  it("times out a call the simulator never answers", async () => {
    sim.control.hang({ endpoint: "GET /phone/user" });
    const error = await catchBpccError(createSimClient({ timeoutMs: 100, retries: 0 }).getDirectory());
    expect(error.kind).toBe("timeout");
    sim.control.clearFaults();
  });
});
