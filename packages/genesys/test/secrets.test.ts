import { renderEverywhere, type LogLine } from "@switchboard/upstream-http/testing";
import type { Express, Request } from "express";
import { describe, expect, it } from "vitest";
import { GenesysError, type GenesysClient } from "../src/index.ts";
import { API, mountGwsSession, SESSION_ID, TEST_PASSWORD, TEST_USER, USER_ID, useStubUpstreams } from "./stub-upstream.ts";

// An HTTP library's errors can carry the request: the Basic header, the session cookie, the CSRF
// token, a new user's password. Whatever fails, none may reach an error (message, fields, stack,
// inspection) or a log line, even when the upstream echoes them back.

const start = useStubUpstreams();
const CREDENTIALS = Buffer.from(`${TEST_USER}:${TEST_PASSWORD}`).toString("base64");
const USER_PASSWORD = "n3w-SENTINEL-Passw0rd";
const NEW_USER = { userName: "new@example.com", firstName: "New", lastName: "User", password: USER_PASSWORD, roles: ["ROLE_AGENT" as const] };

/** Everything a request carried that must stay secret, as the upstream would echo it. */
function echoSecrets(req: Request): string {
  return `auth=${req.headers.authorization} cookie=${req.headers.cookie} csrf=${req.headers["x-csrf-token"]} body=${String(req.body)}`;
}

async function startWithLog(mount: (app: Express) => void) {
  const stub = await start((app) => {
    mountGwsSession(app);
    mount(app);
  });
  const lines: LogLine[] = [];
  const record = (obj: object, msg: string) => void lines.push({ obj, msg });
  const client = stub.createClient({ timeoutMs: 150, logger: { warn: record, info: record } });
  // A first read sets the session cookie and the CSRF token, so every later call carries both.
  await client.getMe();
  return { client, lines, stub };
}

async function expectNoLeak(send: (client: GenesysClient) => Promise<unknown>, mount: (app: Express) => void) {
  const { client, lines } = await startWithLog(mount);
  const error = await send(client).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GenesysError)) throw new Error(`expected a GenesysError, got ${String(error)}`);
  expect(error).not.toHaveProperty("cause");
  for (const text of renderEverywhere(error, lines)) {
    for (const secret of [TEST_PASSWORD, CREDENTIALS, SESSION_ID, "csrf-SENTINEL", USER_PASSWORD]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
  }
  return error;
}

describe("secrets never escape", () => {
  it("when a call fails with a code and the upstream echoes every header and the body", async () => {
    const error = await expectNoLeak(
      (client) => client.createUser(NEW_USER),
      (app) => app.post(`${API}/users`, (req, res) => void res.status(200).json({ statusCode: 10, statusMessage: echoSecrets(req) })),
    );
    expect(error).toMatchObject({ kind: "validation", code: 10 });
    expect(error.upstreamMessage).toContain("[redacted]");
  });

  it("when a call fails after the CSRF token rotated more often than the redactor remembers", async () => {
    await expectNoLeak(
      async (client) => {
        for (let index = 0; index < 12; index += 1) await client.getMe();
        return client.createUser(NEW_USER);
      },
      (app) => app.post(`${API}/users`, (req, res) => void res.status(400).json({ statusCode: 1, statusMessage: echoSecrets(req) })),
    );
  });

  it("when an update with a password fails without a code and echoes it as text", async () => {
    await expectNoLeak(
      (client) => client.updateUser(USER_ID, { password: USER_PASSWORD }),
      (app) => app.post(`${API}/users/:id`, (req, res) => void res.status(502).send(echoSecrets(req))),
    );
  });

  it("when the CSRF token is refused twice and echoed", async () => {
    const error = await expectNoLeak(
      (client) => client.deleteUser(USER_ID),
      (app) =>
        app.delete(`${API}/users/:id`, (req, res) => {
          res.status(403).json({ statusCode: 3, statusMessage: `Missing or invalid Csrf token ${echoSecrets(req)}` });
        }),
    );
    expect(error.kind).toBe("forbidden");
  });

  it("when the credentials are refused and echoed", async () => {
    const { stub } = await startWithLog(() => {});
    const lines: LogLine[] = [];
    const client = stub.createClient({ username: "someone", logger: { warn: (obj, msg) => void lines.push({ obj, msg }) } });
    const error = await client.getMe().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "credentials_rejected" });
    for (const text of renderEverywhere(error, lines)) expect(text).not.toContain(TEST_PASSWORD);
  });

  it("when the connection drops during a write carrying a password", async () => {
    await expectNoLeak(
      (client) => client.createUser(NEW_USER),
      (app) => app.post(`${API}/users`, (req) => void req.socket.destroy()),
    );
  });

  it("when a read times out after retries", async () => {
    await expectNoLeak(
      (client) => client.listUsers(),
      (app) => app.get(`${API}/users`, () => {}),
    );
  });

  it("when an input is refused before sending", async () => {
    await expectNoLeak(
      (client) => client.createUser({ ...NEW_USER, roles: [] }),
      () => {},
    );
  });

  it("when the base URL refuses connections", async () => {
    const { client, lines, stub } = await startWithLog(() => {});
    await stub.close();
    const error = await client.deleteUser(USER_ID).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: "unavailable" });
    for (const text of renderEverywhere(error, lines)) {
      for (const secret of [TEST_PASSWORD, CREDENTIALS, SESSION_ID, "csrf-SENTINEL"]) expect(text).not.toContain(secret);
    }
  });
});
