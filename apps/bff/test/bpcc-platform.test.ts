import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BpccError, createBpccClient } from "@switchboard/bpcc";
import { startSimulator, type RunningSimulator } from "@switchboard/bpcc-sim";
import { AccessNumberSchema, PLATFORM_OPERATIONS, TeamSchema, UserSchema } from "@switchboard/contracts";
import { createBpccPlatform } from "../src/platform/bpcc-platform.ts";
import type { Platform } from "../src/platform/platform.ts";

// The port over BPCC, against the simulator: every operation, in the product's words. The routes of
// issue 6 (create, update, delete, teams, access numbers) build on the ones tested here.

let sim: RunningSimulator;
let platform: Platform;
beforeAll(async () => {
  sim = await startSimulator({ users: 30, seed: 11, host: "127.0.0.1", port: 0 });
  platform = createBpccPlatform(createBpccClient({ baseUrl: sim.baseUrl, ...sim.credentials, timeoutMs: 2_000, retries: 0 }));
});
afterAll(async () => sim.close());

describe("the BPCC platform", () => {
  it("offers every operation of the port", () => {
    expect([...platform.capabilities.operations].sort()).toEqual([...PLATFORM_OPERATIONS].sort());
  });

  it("creates, reads, changes and deletes a user", async () => {
    await platform.createUser({ loginId: "port.test", firstName: "Port", lastName: "Test", team: "Support Team", skills: { Support: 40 }, changePassword: true });
    const created = UserSchema.unwrap().omit({ did: true }).parse(await platform.getUser("port.test"));
    expect(created).toMatchObject({ loginId: "port.test", firstName: "Port", team: "Support Team", skills: { Support: 40 }, changePassword: true, disabled: false });
    expect(created.extension).toMatch(/^\d+$/);

    await platform.updateUser("port.test", { team: "Accounting", disabled: true, changePassword: false, skills: {} });
    expect(await platform.getUser("port.test")).toMatchObject({ team: "Accounting", disabled: true, changePassword: false, skills: {} });

    await platform.deleteUser("port.test");
    await expect(platform.getUser("port.test")).rejects.toMatchObject({ kind: "not_found" });
  });

  it("reports no sign-in details as null, not as a guess", async () => {
    const directory = await platform.listDirectory();
    const users = await Promise.all(directory.map((entry) => platform.getUser(entry.loginId)));
    const neverSignedIn = users.find((user) => user.loginInfo?.lastSignIn === null);
    expect(neverSignedIn?.loginInfo).toEqual({
      signedIn: false,
      lastSignIn: null,
      lastSignOut: null,
      browser: null,
      os: null,
      ipAddress: null,
      application: null,
      applicationVersion: null,
      phoneMode: null,
    });
  });

  it("locks are read, cleared, and reported as the platform answers", async () => {
    sim.control.lockUser("eric.chen");
    expect(await platform.getLockState("eric.chen")).toEqual({ lockedOut: true });
    expect(await platform.unlock("eric.chen")).toEqual({ lockedOut: false });
    expect(await platform.getLockState("eric.chen")).toEqual({ lockedOut: false });
  });

  it("a password reset sets the must-change flag in the same update", async () => {
    await platform.resetPassword("edna.partee", "Temp-Pass-42");
    expect(await platform.getUser("edna.partee")).toMatchObject({ changePassword: true });
    await expect(platform.resetPassword("edna.partee", "short")).rejects.toBeInstanceOf(BpccError);
  });

  it("lists teams and access numbers, a user's DID as a user assignment", async () => {
    const teams = (await platform.listTeams()).map((team) => TeamSchema.parse(team));
    expect(teams).toContainEqual({ name: "Support Team" });

    const numbers = (await platform.listAccessNumbers()).map((n) => AccessNumberSchema.parse(n));
    expect(numbers).toContainEqual(expect.objectContaining({ number: "16505555555", assignment: "scenario", scenario: "Main Inbound" }));
    const did = numbers.find((n) => n.assignment === "user");
    expect(did).toMatchObject({ loginId: expect.any(String), extension: expect.stringMatching(/^\d+$/), name: expect.stringMatching(/\S+ \S+/) });
    expect(numbers.some((n) => n.assignment === "unassigned" && n.loginId === null && n.name === null)).toBe(true);
    const phone = numbers.find((n) => n.assignment === "phone");
    expect(phone?.name).toEqual(expect.any(String));
  });
});
