import { renderEverywhere, type LogLine } from "@switchboard/upstream-http/testing";
import { describe, expect, it } from "vitest";
import { BpccError, type BpccClient } from "../src/index.ts";
import { API, TEST_SECRET, useStubUpstreams, type StubUpstream } from "./stub-upstream.ts";

// An HTTP library's errors can carry the request: the Bearer header, the form with the client secret.
// Whatever fails, neither may reach an error (message, fields, stack, inspection) or a log line.

const TOKEN = "tok-SENTINEL-4f1c9e";

const start = useStubUpstreams();

async function startWithLog(mount: (app: StubUpstream["app"]) => void) {
  const stub = await start(mount, { token: false });
  const lines: LogLine[] = [];
  const record = (obj: object, msg: string) => void lines.push({ obj, msg });
  const client = stub.createClient({ timeoutMs: 150, logger: { warn: record, info: record } });
  return { client, lines, stub };
}

function mountSentinelToken(app: StubUpstream["app"]): void {
  app.post(`${API}/oauth/token`, (_req, res) => void res.json({ access_token: TOKEN, expires_in: "3600" }));
}

async function expectNoLeak(send: (client: BpccClient) => Promise<unknown>, mount: (app: StubUpstream["app"]) => void) {
  const { client, lines } = await startWithLog(mount);
  const error = await send(client).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BpccError)) throw new Error(`expected a BpccError, got ${String(error)}`);
  expect(error).not.toHaveProperty("cause");
  for (const text of renderEverywhere(error, lines)) {
    expect(text).not.toContain(TEST_SECRET);
    expect(text).not.toContain(encodeURIComponent(TEST_SECRET));
    expect(text).not.toContain(TOKEN);
  }
  return error;
}

describe("secrets never escape", () => {
  it("when the token endpoint refuses the credentials and echoes the form back", async () => {
    const error = await expectNoLeak(
      (client) => client.getToken(),
      (app) => app.post(`${API}/oauth/token`, (req, res) => void res.status(401).send(`bad credentials: ${req.body}`)),
    );
    expect(error).toMatchObject({ kind: "credentials_rejected" });
    expect(error.upstreamMessage).toContain("[redacted]");
  });

  it("when a data call fails and the upstream echoes the Authorization header", async () => {
    const error = await expectNoLeak(
      (client) => client.listTeams(),
      (app) => {
        mountSentinelToken(app);
        app.get(`${API}/team`, (req, res) => void res.status(500).send(`failed for ${req.headers.authorization}`));
      },
    );
    expect(error).toMatchObject({ kind: "upstream", status: 500 });
  });

  it("when the token is refused twice", async () => {
    await expectNoLeak(
      (client) => client.deleteUser("ann"),
      (app) => {
        mountSentinelToken(app);
        app.delete(`${API}/user/:username`, (req, res) => void res.status(401).send(`${req.headers.authorization} revoked`));
      },
    );
  });

  it("when the connection drops during a write carrying the token", async () => {
    await expectNoLeak(
      (client) => client.updateUser("ann", { password: "n3w-Passw0rd" }),
      (app) => {
        mountSentinelToken(app);
        app.put(`${API}/user/:username`, (req) => void req.socket.destroy());
      },
    );
  });

  it("when a read times out after retries", async () => {
    await expectNoLeak(
      (client) => client.getDirectory(),
      (app) => {
        mountSentinelToken(app);
        app.get(`${API}/phone/user`, () => {});
      },
    );
  });

  it("when the token endpoint itself times out", async () => {
    await expectNoLeak(
      (client) => client.getToken(),
      (app) => app.post(`${API}/oauth/token`, () => {}),
    );
  });

  it("when the base URL refuses connections", async () => {
    const { client, lines, stub } = await startWithLog(() => {});
    await stub.close();
    const error = await client.getToken().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "unavailable" });
    for (const text of renderEverywhere(error, lines)) expect(text).not.toContain(TEST_SECRET);
  });
});
