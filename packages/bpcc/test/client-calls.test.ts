import { describe, expect, it } from "vitest";
import { API, sendBareOk, useStubUpstreams, type StubUpstream } from "./stub-upstream.ts";

// The wire as the Postman collection shows it, quirks included.

const start = useStubUpstreams();

function startDocumentedUpstream(): Promise<StubUpstream> {
  return start((app) => {
    app.get(`${API}/phone/user`, (_req, res) => {
      res.json([
        { extension: "1000", loginId: "user", firstName: "User", lastName: "Lastname", external: "16505555555", voiceMail: true, greeting: false },
        { extension: 1001, loginId: "navarro", firstName: "Jose", lastName: "Navarro", voiceMail: "false", greeting: "true", nickname: "JN" },
      ]);
    });
    app.get(`${API}/phone/ext`, (_req, res) => {
      res.json([{ number: "16505555555", media: "voice_text", type: "scenario", scenario: "Main Inbound" }]);
    });
    app.get(`${API}/team`, (_req, res) => void res.json([{ name: "Administrators" }, { name: "Customer Service" }]));
    app.get(`${API}/user/frank.zappa`, (_req, res) => {
      res.json({
        disabled: "false",
        changePassword: false,
        skills: { Support: 75, Cable: "70" },
        loginId: "frank.zappa",
        firstName: "Frank",
        lastName: "Zappa",
        team: "Customer Service",
        extension: "1048",
        email: "frank.zappa@gmail.com",
        roles: ["Agent"],
        loginInfo: { isLoggedIn: true, lastLogin: "2024-01-11T20:39:16.000Z", ipAddress: "172.27.0.1", appType: "Agent Desktop" },
      });
    });
    app.post(`${API}/user`, (_req, res) => sendBareOk(res));
    app.put(`${API}/user/:username`, (_req, res) => sendBareOk(res));
    app.delete(`${API}/user/:username`, (_req, res) => sendBareOk(res));
    app.get(`${API}/user/lock/:username`, (_req, res) => void res.json({ lockedOut: true }));
    app.put(`${API}/user/lock/:username`, (_req, res) => void res.json({ lockedOut: false }));
  });
}

describe("reads", () => {
  it("returns the directory with extensions as strings, booleans as booleans and extra fields dropped", async () => {
    const stub = await startDocumentedUpstream();
    const directory = await stub.createClient().getDirectory();
    expect(directory).toEqual([
      { extension: "1000", loginId: "user", firstName: "User", lastName: "Lastname", external: "16505555555", voiceMail: true, greeting: false },
      { extension: "1001", loginId: "navarro", firstName: "Jose", lastName: "Navarro", external: undefined, voiceMail: false, greeting: true },
    ]);
  });

  it("asks for the directory every time, and parses a body only when it differs from the last one", async () => {
    const entry = { extension: "1000", loginId: "user", firstName: "User", lastName: "Lastname", voiceMail: false, greeting: false };
    let directory: object[] = [entry];
    const stub = await start((app) => app.get(`${API}/phone/user`, (_req, res) => void res.json(directory)));
    const client = stub.createClient();
    const first = await client.getDirectory();
    const second = await client.getDirectory();
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    directory = [{ ...entry, extension: 1001 }];
    const third = await client.getDirectory();
    expect(third).not.toBe(first);
    expect(third).toEqual([{ ...entry, extension: "1001", external: undefined }]);
    expect(stub.dataRequests()).toHaveLength(3);
  });

  it("returns access numbers and teams", async () => {
    const client = (await startDocumentedUpstream()).createClient();
    expect(await client.listAccessNumbers()).toEqual([
      { number: "16505555555", media: "voice_text", type: "scenario", scenario: "Main Inbound" },
    ]);
    expect(await client.listTeams()).toEqual([{ name: "Administrators" }, { name: "Customer Service" }]);
  });

  it("returns a user with login info, skill levels as numbers and string booleans read as booleans", async () => {
    const user = await (await startDocumentedUpstream()).createClient().getUser("frank.zappa");
    expect(user).toMatchObject({
      loginId: "frank.zappa",
      team: "Customer Service",
      extension: "1048",
      disabled: false,
      changePassword: false,
      skills: { Support: 75, Cable: 70 },
      roles: ["Agent"],
      loginInfo: { isLoggedIn: true, ipAddress: "172.27.0.1", appType: "Agent Desktop" },
    });
  });

  it("reads and clears a lock with a bodiless PUT that carries no Content-Type", async () => {
    const stub = await startDocumentedUpstream();
    const client = stub.createClient();
    expect(await client.getLockState("frank.zappa")).toEqual({ lockedOut: true });
    expect(await client.clearLock("frank.zappa")).toEqual({ lockedOut: false });
    const unlock = stub.dataRequests().find((request) => request.method === "PUT");
    expect(unlock?.rawPath).toBe(`${API}/user/lock/frank.zappa`);
    expect(unlock?.headers["content-type"]).toBeUndefined();
    expect(unlock?.body).toBe("");
  });
});

describe("writes answered with a bare OK labelled application/json", () => {
  it("creates a user, sending the documented JSON body", async () => {
    const stub = await startDocumentedUpstream();
    await expect(
      stub.createClient().createUser({
        loginId: "testuser006",
        password: "$$$999aaa",
        firstName: "Test",
        lastName: "User006",
        team: "Support Team",
        disabled: false,
        changePassword: true,
        skills: { Support: 100, Cable: 70 },
        roles: ["Agent"],
      }),
    ).resolves.toBeUndefined();
    const create = stub.dataRequests()[0];
    expect(create?.method).toBe("POST");
    expect(create?.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(create?.body ?? "")).toEqual({
      loginId: "testuser006",
      password: "$$$999aaa",
      firstName: "Test",
      lastName: "User006",
      team: "Support Team",
      disabled: false,
      changePassword: true,
      skills: { Support: 100, Cable: 70 },
      roles: ["Agent"],
    });
  });

  it("updates only the five attributes BPCC allows, booleans as JSON booleans", async () => {
    const stub = await startDocumentedUpstream();
    const patch = { disabled: true, team: "Accounting", changePassword: false, firstName: "Renamed", roles: ["Admin"] };
    await stub.createClient().updateUser("frank.zappa", patch);
    const update = stub.dataRequests()[0];
    expect(update?.rawPath).toBe(`${API}/user/frank.zappa`);
    expect(JSON.parse(update?.body ?? "")).toStrictEqual({ disabled: true, team: "Accounting", changePassword: false });
  });

  it("deletes a user", async () => {
    const stub = await startDocumentedUpstream();
    await expect(stub.createClient().deleteUser("frank.zappa")).resolves.toBeUndefined();
    expect(stub.dataRequests().map((request) => `${request.method} ${request.rawPath}`)).toEqual([
      `DELETE ${API}/user/frank.zappa`,
    ]);
  });
});

describe("headers", () => {
  it("sends only its own headers: the Bearer token, Accept, and Content-Type only with a body", async () => {
    const stub = await startDocumentedUpstream();
    const client = stub.createClient();
    await client.getDirectory();
    await client.updateUser("frank.zappa", { disabled: false });
    const [read, write] = stub.dataRequests();
    for (const request of [read, write]) {
      expect(request?.headers.authorization).toBe("Bearer token-1");
      expect(request?.headers.accept).toBe("application/json");
      expect(request?.headers.cookie).toBeUndefined();
    }
    expect(read?.headers["content-type"]).toBeUndefined();
    expect(write?.headers["content-type"]).toMatch(/^application\/json/);
  });
});
