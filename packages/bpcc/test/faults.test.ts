import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { BpccError } from "../src/index.ts";
import { API, mountTokenEndpoint, sendBareOk, startStubUpstream, type StubUpstream } from "./stub-upstream.ts";

let upstream: StubUpstream | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

async function start(mount: Parameters<typeof startStubUpstream>[0]): Promise<StubUpstream> {
  upstream = await startStubUpstream((app) => {
    mountTokenEndpoint(app);
    mount(app);
  });
  return upstream;
}

function catchError(promise: Promise<unknown>): Promise<BpccError> {
  return promise.then(
    () => Promise.reject(new Error("expected the call to fail")),
    (error: unknown) => {
      if (!(error instanceof BpccError)) throw error;
      return error;
    },
  );
}

const newUser = { loginId: "new.user", firstName: "New", lastName: "User", team: "Nowhere" };

describe("documented error codes", () => {
  it.each([
    [400, "loginId is invalid", "validation"],
    [404, "user team not found", "not_found"],
    [409, "user already exists", "conflict"],
    [415, "Unsupported Media Type", "unsupported_media"],
    [500, "Request Failed", "upstream"],
  ])("maps %i %j to %s, keeping status and message", async (status, text, kind) => {
    const stub = await start((app) => app.post(`${API}/user`, (_req, res) => void res.status(status).send(text)));
    const error = await catchError(stub.createClient().createUser(newUser));
    expect(error).toMatchObject({ kind, status, upstreamMessage: text });
    expect(error.message).toContain(String(status));
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("trims the upstream text and keeps it short", async () => {
    const stub = await start((app) => app.get(`${API}/team`, (_req, res) => void res.status(500).send(`  ${"x".repeat(2_000)}\n`)));
    const error = await catchError(stub.createClient().listTeams());
    expect(error.upstreamMessage?.startsWith("xxx")).toBe(true);
    expect(error.upstreamMessage?.length).toBeLessThanOrEqual(301);
  });
});

describe("retries", () => {
  it.each([502, 503, 504])("retries a read after %i and returns the answer", async (status) => {
    let calls = 0;
    const stub = await start((app) =>
      app.get(`${API}/team`, (_req, res) => {
        calls += 1;
        if (calls < 3) return void res.status(status).send("busy");
        res.json([{ name: "Support" }]);
      }),
    );
    expect(await stub.createClient().listTeams()).toEqual([{ name: "Support" }]);
    expect(stub.dataRequests()).toHaveLength(3);
  });

  it("gives up after `retries` extra attempts with the last status", async () => {
    const stub = await start((app) => app.get(`${API}/phone/user`, (_req, res) => void res.status(503).send("maintenance")));
    const error = await catchError(stub.createClient({ retries: 1 }).getDirectory());
    expect(error).toMatchObject({ kind: "upstream", status: 503, upstreamMessage: "maintenance" });
    expect(stub.dataRequests()).toHaveLength(2);
  });

  it("does not retry a 500, which BPCC uses for a wrong endpoint", async () => {
    const stub = await start(() => {});
    await catchError(stub.createClient().listTeams());
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("retries the idempotent unlock", async () => {
    let calls = 0;
    const stub = await start((app) =>
      app.put(`${API}/user/lock/:username`, (_req, res) => {
        calls += 1;
        if (calls === 1) return void res.status(502).send("Bad Gateway");
        res.json({ lockedOut: false });
      }),
    );
    expect(await stub.createClient().clearLock("ann")).toEqual({ lockedOut: false });
    expect(stub.dataRequests()).toHaveLength(2);
  });

  it.each([
    ["createUser", (client: ReturnType<StubUpstream["createClient"]>) => client.createUser(newUser)],
    ["updateUser", (client: ReturnType<StubUpstream["createClient"]>) => client.updateUser("ann", { disabled: true })],
    ["deleteUser", (client: ReturnType<StubUpstream["createClient"]>) => client.deleteUser("ann")],
  ])("never retries %s after a 503", async (_name, send) => {
    const stub = await start((app) => app.use(`${API}/user`, (_req, res) => void res.status(503).send("busy")));
    expect(await catchError(send(stub.createClient()))).toMatchObject({ kind: "upstream", status: 503 });
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("caps a long Retry-After at maxBackoffMs", async () => {
    let calls = 0;
    const stub = await start((app) =>
      app.get(`${API}/team`, (_req, res) => {
        calls += 1;
        if (calls === 1) return void res.status(503).set("Retry-After", "3600").send("later");
        res.json([]);
      }),
    );
    const started = Date.now();
    await stub.createClient({ maxBackoffMs: 50 }).listTeams();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("exposes its retry budget", async () => {
    const stub = await start(() => {});
    expect(stub.createClient({ timeoutMs: 2_500, retries: 3, maxBackoffMs: 400, concurrency: 4 }).limits).toEqual({
      timeoutMs: 2_500,
      retries: 3,
      maxBackoffMs: 400,
      concurrency: 4,
    });
  });
});

describe("network failures and deadlines", () => {
  it("retries a read whose connection is dropped, then reports unavailable", async () => {
    const stub = await start((app) => app.get(`${API}/team`, (req) => void req.socket.destroy()));
    expect(await catchError(stub.createClient().listTeams())).toMatchObject({ kind: "unavailable", status: undefined });
    expect(stub.dataRequests()).toHaveLength(3);
  });

  it("sends a create exactly once when its connection is dropped, and reports unavailable", async () => {
    const stub = await start((app) => app.post(`${API}/user`, (req) => void req.socket.destroy()));
    expect(await catchError(stub.createClient().createUser(newUser))).toMatchObject({ kind: "unavailable" });
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("reports unavailable when nothing listens at the base URL", async () => {
    const stub = await start(() => {});
    const client = stub.createClient({ retries: 0 });
    await stub.close();
    upstream = undefined;
    expect(await catchError(client.listTeams())).toMatchObject({ kind: "unavailable" });
  });

  it("times out a read that never answers, once per attempt", async () => {
    const stub = await start((app) => app.get(`${API}/team`, () => {}));
    const started = Date.now();
    const error = await catchError(stub.createClient({ timeoutMs: 100, retries: 2 }).listTeams());
    expect(error).toMatchObject({ kind: "timeout", status: undefined });
    expect(stub.dataRequests()).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("times out a create that never answers without sending it again", async () => {
    const stub = await start((app) => app.post(`${API}/user`, () => {}));
    expect(await catchError(stub.createClient({ timeoutMs: 100 }).createUser(newUser))).toMatchObject({ kind: "timeout" });
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("times out an answer whose body trickles in past the deadline", async () => {
    const stub = await start((app) =>
      app.get(`${API}/phone/user`, async (_req, res) => {
        res.status(200).type("application/json").write("[");
        for (let i = 0; i < 40 && !res.destroyed; i += 1) {
          await sleep(25);
          res.write(" ");
        }
        res.end("]");
      }),
    );
    const error = await catchError(stub.createClient({ timeoutMs: 200, retries: 0 }).getDirectory());
    expect(error.kind).toBe("timeout");
  });
});

describe("answers that do not match the documentation", () => {
  it("reports a body that is not JSON as an upstream fault", async () => {
    // The Get User Data example is missing a comma; a real answer like it is a fault, not a format.
    const stub = await start((app) =>
      app.get(`${API}/user/:username`, (_req, res) => void res.type("application/json").send('{"roles":["Agent"] "loginId":"x"}')),
    );
    expect(await catchError(stub.createClient().getUser("x"))).toMatchObject({ kind: "upstream", status: 200 });
  });

  it("reports a body of the wrong shape as an upstream fault naming the field", async () => {
    const stub = await start((app) => app.get(`${API}/phone/user`, (_req, res) => void res.json([{ firstName: "No login" }])));
    const error = await catchError(stub.createClient().getDirectory());
    expect(error.kind).toBe("upstream");
    expect(error.message).toContain("0.loginId");
  });

  it("accepts a write answered with an empty body", async () => {
    const stub = await start((app) => app.delete(`${API}/user/:username`, (_req, res) => void res.status(200).end()));
    await expect(stub.createClient().deleteUser("ann")).resolves.toBeUndefined();
  });

  it("accepts the bare OK even when it is the whole JSON-labelled body of an update", async () => {
    const stub = await start((app) => app.put(`${API}/user/:username`, (_req, res) => sendBareOk(res)));
    await expect(stub.createClient().updateUser("ann", { skills: { Support: 50 } })).resolves.toBeUndefined();
  });
});

describe("inputs checked before anything is sent", () => {
  it("refuses a create without a team", async () => {
    const stub = await start(() => {});
    const { team: _team, ...withoutTeam } = newUser;
    // @ts-expect-error team is required; the check must hold for untyped callers too
    const error = await catchError(stub.createClient().createUser(withoutTeam));
    expect(error).toMatchObject({ kind: "validation", status: undefined });
    expect(error.message).toContain("team");
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses an update that changes nothing", async () => {
    const stub = await start(() => {});
    expect(await catchError(stub.createClient().updateUser("ann", {}))).toMatchObject({ kind: "validation" });
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses a skill level outside 0–100", async () => {
    const stub = await start(() => {});
    const error = await catchError(stub.createClient().updateUser("ann", { skills: { Support: 150 } }));
    expect(error.kind).toBe("validation");
    expect(stub.requests).toHaveLength(0);
  });
});
