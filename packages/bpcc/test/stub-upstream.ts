import { listenOnLoopback, recordRequestsInto, type RecordedRequest } from "@switchboard/upstream-http/testing";
import express, { type Express, type Request, type Response } from "express";
import { afterEach } from "vitest";
import { BpccError, createBpccClient, type BpccClient, type BpccClientOptions } from "../src/index.ts";

// A tiny stand-in for BPCC, on 127.0.0.1 port 0, that records every request it sees. Each test
// mounts only the routes it needs; anything else answers 500 "Request Failed", as BPCC does.

export type { RecordedRequest };

export type StubUpstream = {
  app: Express;
  baseUrl: string;
  requests: RecordedRequest[];
  /** Requests other than token fetches. */
  dataRequests(): RecordedRequest[];
  tokenRequests(): RecordedRequest[];
  createClient(overrides?: Partial<BpccClientOptions>): BpccClient;
  close(): Promise<void>;
};

export const TEST_SECRET = "s3cret-SENTINEL-value";
const API = "/configapi/v2";

export async function startStubUpstream(mount: (app: Express) => void): Promise<StubUpstream> {
  const app = express();
  const requests: RecordedRequest[] = [];
  app.use(express.text({ type: () => true }));
  app.use(recordRequestsInto(requests));
  mount(app);
  app.use((_req, res) => void res.status(500).type("text/plain").send("Request Failed"));

  const server = await listenOnLoopback(app);
  const baseUrl = server.origin;
  return {
    app,
    baseUrl,
    requests,
    dataRequests: () => requests.filter((request) => !request.rawPath.endsWith("/oauth/token")),
    tokenRequests: () => requests.filter((request) => request.rawPath.endsWith("/oauth/token")),
    createClient: (overrides) =>
      createBpccClient({
        baseUrl,
        clientId: "api-user",
        clientSecret: TEST_SECRET,
        scope: "example.brightpattern.com",
        timeoutMs: 1_000,
        maxBackoffMs: 20,
        ...overrides,
      }),
    close: () => server.close(),
  };
}

/**
 * For one test file: starts stubs (with the token endpoint unless told otherwise) and closes
 * every one of them after each test.
 */
export function useStubUpstreams(): (mount: (app: Express) => void, options?: { token?: boolean }) => Promise<StubUpstream> {
  const open: StubUpstream[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((stub) => stub.close()));
  });
  return async (mount, options = {}) => {
    const stub = await startStubUpstream((app) => {
      if (options.token !== false) mountTokenEndpoint(app);
      mount(app);
    });
    open.push(stub);
    return stub;
  };
}

/** The BpccError a call failed with; a success or any other error fails the test. */
export async function catchBpccError(promise: Promise<unknown>): Promise<BpccError> {
  const outcome = await promise.then(
    () => new Error("expected the call to fail"),
    (error: unknown) => error,
  );
  if (!(outcome instanceof BpccError)) throw outcome;
  return outcome;
}

/** Issues "token-1", "token-2", … with `expires_in` as the documented string. */
export function mountTokenEndpoint(app: Express, options: { prefix?: string; expiresIn?: string | number } = {}): void {
  let issued = 0;
  app.post(`${API}/oauth/token`, (_req, res) => {
    issued += 1;
    res.json({
      access_token: `${options.prefix ?? "token"}-${issued}`,
      token_type: "Bearer",
      expires_in: options.expiresIn ?? "3600",
      scope: "example.brightpattern.com",
    });
  });
}

/** Answers like BPCC's writes do: a bare `OK` labelled as JSON. */
export function sendBareOk(res: Response): void {
  res.status(200).type("application/json").send("OK");
}

export function readBearer(req: Request | RecordedRequest): string | undefined {
  return req.headers.authorization?.replace(/^Bearer /, "");
}

export { API };
