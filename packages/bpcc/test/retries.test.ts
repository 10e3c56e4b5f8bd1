import { describe, expect, it } from "vitest";
import type { BpccClient } from "../src/index.ts";
import { API, catchBpccError, useStubUpstreams } from "./stub-upstream.ts";

// Reads and the unlock are retried on 502/503/504; writes never are, whatever the failure.

const start = useStubUpstreams();
const newUser = { loginId: "new.user", firstName: "New", lastName: "User", team: "Nowhere" };

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

  it("tells the logger about each retry, by operation and reason", async () => {
    const warnings: object[] = [];
    const stub = await start((app) => app.get(`${API}/team`, (_req, res) => void res.status(503).send("busy")));
    const client = stub.createClient({ retries: 2, logger: { warn: (obj) => void warnings.push(obj) } });
    await catchBpccError(client.listTeams());
    expect(warnings).toEqual([
      { operation: "listTeams", attempt: 1, reason: "HTTP 503" },
      { operation: "listTeams", attempt: 2, reason: "HTTP 503" },
    ]);
  });

  it("gives up after `retries` extra attempts with the last status", async () => {
    const stub = await start((app) => app.get(`${API}/phone/user`, (_req, res) => void res.status(503).send("maintenance")));
    const error = await catchBpccError(stub.createClient({ retries: 1 }).getDirectory());
    expect(error).toMatchObject({ kind: "upstream", status: 503, upstreamMessage: "maintenance" });
    expect(stub.dataRequests()).toHaveLength(2);
  });

  it("does not retry a 500, which BPCC uses for a wrong endpoint", async () => {
    const stub = await start(() => {});
    await catchBpccError(stub.createClient().listTeams());
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
    ["createUser", (client: BpccClient) => client.createUser(newUser)],
    ["updateUser", (client: BpccClient) => client.updateUser("ann", { disabled: true })],
    ["deleteUser", (client: BpccClient) => client.deleteUser("ann")],
  ])("never retries %s after a 503", async (_name, send) => {
    const stub = await start((app) => app.use(`${API}/user`, (_req, res) => void res.status(503).send("busy")));
    expect(await catchBpccError(send(stub.createClient()))).toMatchObject({ kind: "upstream", status: 503 });
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

  it("waits as long as Retry-After asks when that is under maxBackoffMs", async () => {
    let calls = 0;
    const stub = await start((app) =>
      app.get(`${API}/team`, (_req, res) => {
        calls += 1;
        if (calls === 1) return void res.status(503).set("Retry-After", "1").send("later");
        res.json([]);
      }),
    );
    const started = Date.now();
    await stub.createClient({ maxBackoffMs: 5_000 }).listTeams();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("does not follow a redirect, which would carry the Bearer token elsewhere", async () => {
    const stub = await start((app) => app.get(`${API}/team`, (_req, res) => void res.redirect(302, `${API}/elsewhere`)));
    expect(await catchBpccError(stub.createClient().listTeams())).toMatchObject({ kind: "upstream", status: 302 });
    expect(stub.dataRequests().map((request) => request.rawPath)).toEqual([`${API}/team`]);
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
