import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { API, catchBpccError, mountTokenEndpoint, useStubUpstreams } from "./stub-upstream.ts";

// A caller's signal bounds the whole call: the wait for a token and for a slot, every attempt and
// every pause between them. Once it fires nothing more is sent, and the call fails as a timeout.

const start = useStubUpstreams();

/** How long a call took to fail, and with what. */
async function timeFailure(call: Promise<unknown>) {
  const started = Date.now();
  const error = await catchBpccError(call);
  return { error, elapsedMs: Date.now() - started };
}

describe("a caller's deadline", () => {
  it("ends a read whose attempts keep timing out, and no attempt starts after it", async () => {
    const stub = await start((app) => app.get(`${API}/team`, () => {}));
    const client = stub.createClient({ timeoutMs: 300, retries: 10, maxBackoffMs: 20 });

    const { error, elapsedMs } = await timeFailure(client.listTeams({ signal: AbortSignal.timeout(500) }));

    expect(error).toMatchObject({ kind: "timeout", status: undefined });
    expect(elapsedMs).toBeLessThan(900);
    expect(stub.dataRequests()).toHaveLength(2);
    await sleep(700);
    expect(stub.dataRequests()).toHaveLength(2);
  });

  it("cuts a backoff pause short instead of sleeping past it", async () => {
    const stub = await start((app) => app.get(`${API}/team`, (_req, res) => void res.status(503).set("Retry-After", "30").send("later")));
    const client = stub.createClient({ maxBackoffMs: 30_000 });

    const { error, elapsedMs } = await timeFailure(client.listTeams({ signal: AbortSignal.timeout(300) }));

    expect(error.kind).toBe("timeout");
    expect(elapsedMs).toBeLessThan(1_000);
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("covers the wait for a free slot, and a slot that comes too late sends nothing", async () => {
    let release: () => void = () => {};
    const stub = await start((app) => {
      app.get(`${API}/user/:username`, (req, res) => {
        if (req.params.username === "slow") return void (release = () => void res.json({ loginId: "slow" }));
        res.json({ loginId: req.params.username });
      });
    });
    const client = stub.createClient({ concurrency: 1, timeoutMs: 5_000 });
    const holdingTheSlot = client.getUser("slow");
    await sleep(100);

    const { error, elapsedMs } = await timeFailure(client.getUser("queued", { signal: AbortSignal.timeout(200) }));
    expect(error.kind).toBe("timeout");
    expect(elapsedMs).toBeLessThan(1_000);

    release();
    await holdingTheSlot;
    await sleep(100);
    expect(stub.dataRequests().map((request) => request.rawPath)).toEqual([`${API}/user/slow`]);
  });

  it("covers the wait for a token, which goes on for the callers still waiting", async () => {
    const stub = await start(
      (app) => {
        app.use(`${API}/oauth/token`, (_req, _res, next) => void sleep(600).then(() => next()));
        mountTokenEndpoint(app);
        app.get(`${API}/team`, (_req, res) => void res.json([{ name: "Support" }]));
      },
      { token: false },
    );
    const client = stub.createClient();

    const patient = client.listTeams();
    const { error, elapsedMs } = await timeFailure(client.listTeams({ signal: AbortSignal.timeout(150) }));

    expect(error.kind).toBe("timeout");
    expect(elapsedMs).toBeLessThan(500);
    expect(await patient).toEqual([{ name: "Support" }]);
    expect(stub.tokenRequests()).toHaveLength(1);
    expect(stub.dataRequests()).toHaveLength(1);
  });

  it("fails at once, sending nothing, when the signal has already fired", async () => {
    const stub = await start((app) => app.get(`${API}/team`, (_req, res) => void res.json([])));
    const client = stub.createClient();
    await client.getToken();

    const { error } = await timeFailure(client.listTeams({ signal: AbortSignal.abort() }));

    expect(error.kind).toBe("timeout");
    expect(stub.dataRequests()).toHaveLength(0);
  });
});
