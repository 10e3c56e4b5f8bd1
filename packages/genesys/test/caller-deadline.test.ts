import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { API, catchGenesysError, makeUser, mountGwsSession, USER_ID, useStubUpstreams } from "./stub-upstream.ts";

// A caller's signal (the BFF's per-request deadline, decision 014) bounds the whole call: the wait for
// a slot, every attempt, every pause and every page. Once it fires nothing more is sent, and the call
// fails as a timeout.

const start = useStubUpstreams();

async function startOpen(mount: Parameters<typeof start>[0]) {
  return start((app) => {
    mountGwsSession(app, { csrf: false });
    mount(app);
  });
}

async function timeFailure(call: Promise<unknown>) {
  const started = Date.now();
  const error = await catchGenesysError(call);
  return { error, elapsedMs: Date.now() - started };
}

describe("a caller's deadline", () => {
  it("ends a read whose attempts keep timing out, and no attempt starts after it", async () => {
    const stub = await startOpen((app) => app.get(`${API}/skills`, () => {}));
    const client = stub.createClient({ timeoutMs: 300, retries: 10 });

    const { error, elapsedMs } = await timeFailure(client.listSkills({ signal: AbortSignal.timeout(500) }));

    expect(error).toMatchObject({ kind: "timeout", status: undefined });
    expect(elapsedMs).toBeLessThan(900);
    expect(stub.requests).toHaveLength(2);
    await sleep(700);
    expect(stub.requests).toHaveLength(2);
  });

  it("cuts a backoff pause short instead of sleeping past it", async () => {
    const stub = await startOpen((app) => app.get(`${API}/skills`, (_req, res) => void res.status(503).set("Retry-After", "30").send("later")));
    const client = stub.createClient({ maxBackoffMs: 30_000 });

    const { error, elapsedMs } = await timeFailure(client.listSkills({ signal: AbortSignal.timeout(300) }));

    expect(error.kind).toBe("timeout");
    expect(elapsedMs).toBeLessThan(1_000);
    expect(stub.requests).toHaveLength(1);
  });

  it("covers the wait for a free slot, and a slot that comes too late sends nothing", async () => {
    let release: () => void = () => {};
    const stub = await startOpen((app) =>
      app.get(`${API}/users/:id`, (req, res) => {
        const answer = () => void res.json({ statusCode: 0, user: makeUser({ id: req.params.id }) });
        if (req.params.id === USER_ID) return void (release = answer);
        answer();
      }),
    );
    const client = stub.createClient({ concurrency: 1, timeoutMs: 5_000 });
    const holdingTheSlot = client.getUser(USER_ID);
    await sleep(100);

    const { error, elapsedMs } = await timeFailure(client.getUser("f".repeat(32), { signal: AbortSignal.timeout(200) }));
    expect(error.kind).toBe("timeout");
    expect(elapsedMs).toBeLessThan(1_000);

    release();
    await holdingTheSlot;
    await sleep(100);
    expect(stub.requests.map((request) => request.rawPath)).toEqual([`${API}/users/${USER_ID}`]);
  });

  it("stops a paged list: no page is asked for after the deadline", async () => {
    const arrivals: number[] = [];
    const stub = await startOpen((app) =>
      app.get(`${API}/users`, async (req, res) => {
        arrivals.push(performance.now());
        await sleep(150);
        res.json({ statusCode: 0, users: [makeUser({ id: `${req.query["offset"]}`.padStart(32, "0") })], totalCount: 100 });
      }),
    );

    const started = performance.now();
    const { error } = await timeFailure(stub.createClient({ pageSize: 1, concurrency: 4 }).listUsers({ signal: AbortSignal.timeout(400) }));

    expect(error.kind).toBe("timeout");
    await sleep(300);
    // Two pages one after the other (300 ms), then four at once; the other 94 are never asked for.
    expect(stub.requests.length).toBeLessThanOrEqual(6);
    expect(Math.max(...arrivals) - started).toBeLessThan(400);
  });

  it("cuts off a write under way, which is not sent again", async () => {
    const stub = await startOpen((app) => app.post(`${API}/users/:id`, () => {}));

    const { error, elapsedMs } = await timeFailure(
      stub.createClient({ timeoutMs: 5_000 }).updateUser(USER_ID, { lastName: "Lee" }, { signal: AbortSignal.timeout(200) }),
    );

    expect(error.kind).toBe("timeout");
    expect(elapsedMs).toBeLessThan(1_000);
    expect(stub.requests).toHaveLength(1);
  });

  it("covers the wait for a CSRF refresh", async () => {
    const stub = await start((app) => {
      app.use(`${API}/me`, (_req, _res, next) => void sleep(600).then(() => next()));
      mountGwsSession(app);
      app.delete(`${API}/users/:id`, (_req, res) => void res.json({ statusCode: 0 }));
    });
    const client = stub.createClient();

    const { error, elapsedMs } = await timeFailure(client.deleteUser(USER_ID, { signal: AbortSignal.timeout(250) }));

    expect(error.kind).toBe("timeout");
    expect(elapsedMs).toBeLessThan(550);
    expect(stub.requests.map((request) => request.method)).toEqual(["DELETE", "GET"]);
  });

  it("fails at once, sending nothing, when the signal has already fired", async () => {
    const stub = await startOpen((app) => app.get(`${API}/skills`, (_req, res) => void res.json({ statusCode: 0, skills: [] })));
    const { error } = await timeFailure(stub.createClient().listSkills({ signal: AbortSignal.abort() }));
    expect(error.kind).toBe("timeout");
    expect(stub.requests).toHaveLength(0);
  });
});
