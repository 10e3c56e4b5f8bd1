import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { API, catchGenesysError, makeUser, mountGwsSession, USER_ID, useStubUpstreams } from "./stub-upstream.ts";

// Reads are retried on 502/503/504, timeouts and dropped connections; writes never are, whatever the
// failure (but for the one CSRF refresh, tested in wire.test.ts). Calls in flight stay within
// `concurrency`, and each attempt has its own deadline.

const start = useStubUpstreams();
const NEW_USER = { userName: "new@example.com", firstName: "New", lastName: "User", password: "Passw0rd!", roles: ["ROLE_AGENT" as const] };

async function startOpen(mount: Parameters<typeof start>[0]) {
  return start((app) => {
    mountGwsSession(app, { csrf: false });
    mount(app);
  });
}

describe("retries", () => {
  it.each([502, 503, 504])("retries a read after %i and returns the answer", async (status) => {
    let calls = 0;
    const stub = await startOpen((app) =>
      app.get(`${API}/users/:id`, (_req, res) => {
        calls += 1;
        if (calls < 3) return void res.status(status).send("busy");
        res.json({ statusCode: 0, user: makeUser() });
      }),
    );
    expect(await stub.createClient().getUser(USER_ID)).toMatchObject({ id: USER_ID });
    expect(stub.requests).toHaveLength(3);
  });

  it("tells the logger about each retry, by operation and reason, and gives up with the last status", async () => {
    const warnings: object[] = [];
    const stub = await startOpen((app) =>
      app.get(`${API}/skills`, (_req, res) => void res.status(503).json({ statusCode: 4, statusMessage: "maintenance" })),
    );
    const client = stub.createClient({ retries: 2, logger: { warn: (obj) => void warnings.push(obj) } });

    const error = await catchGenesysError(client.listSkills());

    expect(error).toMatchObject({ kind: "upstream", code: 4, status: 503, upstreamMessage: "maintenance" });
    expect(warnings).toEqual([
      { operation: "listSkills", attempt: 1, reason: "HTTP 503" },
      { operation: "listSkills", attempt: 2, reason: "HTTP 503" },
    ]);
  });

  it("does not retry a 500 (code 4, internal error)", async () => {
    const stub = await startOpen((app) => app.get(`${API}/skills`, (_req, res) => void res.status(500).json({ statusCode: 4 })));
    await catchGenesysError(stub.createClient().listSkills());
    expect(stub.requests).toHaveLength(1);
  });

  it("retries a read whose connection is dropped, then reports unavailable", async () => {
    const stub = await startOpen((app) => app.get(`${API}/users/:id/devices`, (req) => void req.socket.destroy()));
    expect(await catchGenesysError(stub.createClient().listUserDevices(USER_ID))).toMatchObject({ kind: "unavailable", status: undefined });
    expect(stub.requests).toHaveLength(3);
  });

  it("retries a read that misses its per-attempt deadline, then reports a timeout", async () => {
    const stub = await startOpen((app) => app.get(`${API}/users/:id/skills`, () => {}));
    const started = Date.now();
    const error = await catchGenesysError(stub.createClient({ timeoutMs: 150, retries: 1 }).listUserSkills(USER_ID));
    expect(error).toMatchObject({ kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(stub.requests).toHaveLength(2);
  });

  it("retries one page of a list, not the pages already read", async () => {
    let failed = false;
    const stub = await startOpen((app) =>
      app.get(`${API}/users`, (req, res) => {
        if (req.query["offset"] === "1" && !failed) return void ((failed = true), res.status(502).send("Bad Gateway"));
        res.json({ statusCode: 0, users: [makeUser({ id: `${req.query["offset"]}`.padStart(32, "0") })], totalCount: 2 });
      }),
    );
    expect(await stub.createClient({ pageSize: 1 }).listUsers()).toHaveLength(2);
    expect(stub.requests.map((request) => request.rawPath.match(/offset=\d+/)?.[0])).toEqual(["offset=0", "offset=1", "offset=1"]);
  });

  it.each([
    ["createUser", 503],
    ["updateUser", 504],
    ["deleteUser", 502],
    ["assignSkill", 503],
    ["unassignSkill", 503],
  ])("never sends %s twice, after a %i or a dropped connection", async (operation, status) => {
    let calls = 0;
    const stub = await startOpen((app) =>
      app.use(API, (req, res, next) => {
        if (req.method === "GET") return next();
        calls += 1;
        if (calls === 1) return void res.status(status).send("busy");
        req.socket.destroy();
      }),
    );
    const client = stub.createClient();
    const send = {
      createUser: () => client.createUser(NEW_USER),
      updateUser: () => client.updateUser(USER_ID, { firstName: "Anne" }),
      deleteUser: () => client.deleteUser(USER_ID),
      assignSkill: () => client.assignSkill(USER_ID, { skillId: "s1", level: 1 }),
      unassignSkill: () => client.unassignSkill(USER_ID, "s1"),
    }[operation];
    if (!send) throw new Error(`no such operation ${operation}`);

    expect(await catchGenesysError(send())).toMatchObject({ kind: "upstream", status });
    expect(await catchGenesysError(send())).toMatchObject({ kind: "unavailable" });
    expect(stub.requests).toHaveLength(2);
  });
});

describe("concurrency", () => {
  it("keeps at most `concurrency` upstream calls in flight, and still answers every call", async () => {
    let inFlight = 0;
    let peak = 0;
    const stub = await startOpen((app) =>
      app.get(`${API}/users/:id`, async (req, res) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await sleep(20);
        inFlight -= 1;
        res.json({ statusCode: 0, user: makeUser({ id: req.params.id }) });
      }),
    );
    const client = stub.createClient({ concurrency: 3 });
    const ids = Array.from({ length: 12 }, (_, index) => String(index).padStart(32, "0"));
    const users = await Promise.all(ids.map((id) => client.getUser(id)));
    expect(users.map((user) => user.id)).toEqual(ids);
    expect(peak).toBe(3);
  });

  it("does not deadlock when every slot's write needs a CSRF refresh, which needs a slot too", async () => {
    const stub = await start((app) => {
      mountGwsSession(app);
      app.delete(`${API}/users/:id`, (_req, res) => void res.json({ statusCode: 0 }));
    });
    const client = stub.createClient({ concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => client.deleteUser(USER_ID)));
    expect(stub.requests.filter((request) => request.method === "DELETE" && request.headers["x-csrf-token"])).toHaveLength(6);
  });
});
