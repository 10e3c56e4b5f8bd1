import { describe, expect, it } from "vitest";
import { API, sendBareOk, useStubUpstreams, type StubUpstream } from "./stub-upstream.ts";

// A username is user input as far as the URL is concerned: it must stay one path segment.

const start = useStubUpstreams();

function startEchoingUpstream(): Promise<StubUpstream> {
  return start((app) => {
    app.get(`${API}/user/lock/:username`, (_req, res) => void res.json({ lockedOut: false }));
    app.put(`${API}/user/lock/:username`, (_req, res) => void res.json({ lockedOut: false }));
    app.get(`${API}/user/:username`, (req, res) => void res.json({ loginId: req.params.username }));
    app.put(`${API}/user/:username`, (_req, res) => sendBareOk(res));
    app.delete(`${API}/user/:username`, (_req, res) => sendBareOk(res));
  });
}

const awkwardNames = ["o'brien", "anna maria", "名前", "a/b", "../team", "lock", "x?y=1#z", "100%"];

describe("usernames in paths", () => {
  it.each(awkwardNames)("sends %j as one encoded segment of /user/{username}", async (loginId) => {
    const stub = await startEchoingUpstream();
    const user = await stub.createClient().getUser(loginId);
    expect(user.loginId).toBe(loginId);
    expect(stub.dataRequests().map((request) => request.rawPath)).toEqual([`${API}/user/${encodeURIComponent(loginId)}`]);
  });

  it("encodes the username in update, delete, lock state and unlock too", async () => {
    const stub = await startEchoingUpstream();
    const client = stub.createClient();
    const loginId = "../team";
    const encoded = encodeURIComponent(loginId);
    await client.updateUser(loginId, { disabled: true });
    await client.deleteUser(loginId);
    await client.getLockState(loginId);
    await client.clearLock(loginId);
    expect(stub.dataRequests().map((request) => `${request.method} ${request.rawPath}`)).toEqual([
      `PUT ${API}/user/${encoded}`,
      `DELETE ${API}/user/${encoded}`,
      `GET ${API}/user/lock/${encoded}`,
      `PUT ${API}/user/lock/${encoded}`,
    ]);
  });

  it.each(["", ".", ".."])("refuses %j, which a URL would resolve to another endpoint, without sending anything", async (loginId) => {
    const stub = await startEchoingUpstream();
    const client = stub.createClient();
    await expect(client.getUser(loginId)).rejects.toMatchObject({ kind: "validation" });
    await expect(client.deleteUser(loginId)).rejects.toMatchObject({ kind: "validation" });
    await expect(client.clearLock(loginId)).rejects.toMatchObject({ kind: "validation" });
    expect(stub.requests).toHaveLength(0);
  });
});
