import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { API, catchBpccError, sendBareOk, useStubUpstreams } from "./stub-upstream.ts";

// How each documented failure, dropped connection and missed deadline reaches the caller.

const start = useStubUpstreams();
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
    const error = await catchBpccError(stub.createClient().createUser(newUser));
    expect(error).toMatchObject({ kind, status, upstreamMessage: text });
    expect(error.message).toContain(String(status));
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("trims the upstream text and keeps it short", async () => {
    const stub = await start((app) => app.get(`${API}/team`, (_req, res) => void res.status(500).send(`  ${"x".repeat(2_000)}\n`)));
    const error = await catchBpccError(stub.createClient().listTeams());
    expect(error.upstreamMessage?.startsWith("xxx")).toBe(true);
    expect(error.upstreamMessage?.length).toBeLessThanOrEqual(301);
  });
});

describe("network failures and deadlines", () => {
  it("retries a read whose connection is dropped, then reports unavailable", async () => {
    const stub = await start((app) => app.get(`${API}/team`, (req) => void req.socket.destroy()));
    expect(await catchBpccError(stub.createClient().listTeams())).toMatchObject({ kind: "unavailable", status: undefined });
    expect(stub.dataRequests()).toHaveLength(3);
  });

  it("sends a create exactly once when its connection is dropped, and reports unavailable", async () => {
    const stub = await start((app) => app.post(`${API}/user`, (req) => void req.socket.destroy()));
    expect(await catchBpccError(stub.createClient().createUser(newUser))).toMatchObject({ kind: "unavailable" });
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("reports unavailable when nothing listens at the base URL", async () => {
    const stub = await start(() => {});
    const client = stub.createClient({ retries: 0 });
    await stub.close();
    expect(await catchBpccError(client.listTeams())).toMatchObject({ kind: "unavailable" });
  });

  it("times out a read that never answers, once per attempt", async () => {
    const stub = await start((app) => app.get(`${API}/team`, () => {}));
    const started = Date.now();
    const error = await catchBpccError(stub.createClient({ timeoutMs: 100, retries: 2 }).listTeams());
    expect(error).toMatchObject({ kind: "timeout", status: undefined });
    expect(stub.dataRequests()).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("times out a create that never answers without sending it again", async () => {
    const stub = await start((app) => app.post(`${API}/user`, () => {}));
    expect(await catchBpccError(stub.createClient({ timeoutMs: 100 }).createUser(newUser))).toMatchObject({ kind: "timeout" });
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
    const error = await catchBpccError(stub.createClient({ timeoutMs: 200, retries: 0 }).getDirectory());
    expect(error.kind).toBe("timeout");
  });
});

describe("answers that do not match the documentation", () => {
  it("reports a body that is not JSON as an upstream fault", async () => {
    // The Get User Data example is missing a comma; a real answer like it is a fault, not a format.
    const stub = await start((app) =>
      app.get(`${API}/user/:username`, (_req, res) => void res.type("application/json").send('{"roles":["Agent"] "loginId":"x"}')),
    );
    expect(await catchBpccError(stub.createClient().getUser("x"))).toMatchObject({ kind: "upstream", status: 200 });
  });

  it("reports a body of the wrong shape as an upstream fault naming the field", async () => {
    const stub = await start((app) => app.get(`${API}/phone/user`, (_req, res) => void res.json([{ firstName: "No login" }])));
    const error = await catchBpccError(stub.createClient().getDirectory());
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
    const error = await catchBpccError(stub.createClient().createUser(withoutTeam));
    expect(error).toMatchObject({ kind: "validation", status: undefined });
    expect(error.message).toContain("team");
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses an update that changes nothing", async () => {
    const stub = await start(() => {});
    expect(await catchBpccError(stub.createClient().updateUser("ann", {}))).toMatchObject({ kind: "validation" });
    expect(stub.requests).toHaveLength(0);
  });

  it("refuses a skill level outside 0–100", async () => {
    const stub = await start(() => {});
    const error = await catchBpccError(stub.createClient().updateUser("ann", { skills: { Support: 150 } }));
    expect(error.kind).toBe("validation");
    expect(stub.requests).toHaveLength(0);
  });
});
