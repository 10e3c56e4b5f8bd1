import { listenOnLoopback, recordRequestsInto, type RecordedRequest } from "@switchboard/upstream-http/testing";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { afterEach } from "vitest";
import { createGenesysClient, GenesysError, type GenesysClient, type GenesysClientOptions } from "../src/index.ts";

// A tiny stand-in for GWS 8.5, on 127.0.0.1 port 0 under a context path, that records every request
// it sees. Each test mounts only the routes it needs; `mountGwsSession` adds what every GWS server
// does (Basic auth, the JSESSIONID cookie, CSRF when on). Anything else answers 404 with code 6.

export type { RecordedRequest };

export type StubUpstream = {
  app: Express;
  /** With the context path, as GWS_BASE_URL would be. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Requests other than the CSRF refreshes' `GET /me`. */
  dataRequests(): RecordedRequest[];
  createClient(overrides?: Partial<GenesysClientOptions>): GenesysClient;
  close(): Promise<void>;
};

export const CONTEXT = "/gws";
export const API = `${CONTEXT}/api/v2`;
export const TEST_USER = "api-admin";
export const TEST_PASSWORD = "pa55-SENTINEL-word";
export const SESSION_ID = "SESSION-SENTINEL-1a2b3c";
export const CSRF_HEADER = "X-CSRF-TOKEN";
export const USER_ID = "0123456789abcdef0123456789abcdef";
export const SKILL_ID = "7d3f4a2e-1b6c-4c1e-9f0a-2b3c4d5e6f70";

const BASIC = `Basic ${Buffer.from(`${TEST_USER}:${TEST_PASSWORD}`).toString("base64")}`;

export async function startStubUpstream(mount: (app: Express) => void): Promise<StubUpstream> {
  const app = express();
  const requests: RecordedRequest[] = [];
  app.use(express.text({ type: () => true }));
  app.use(recordRequestsInto(requests));
  mount(app);
  app.use((_req, res) => void res.status(404).json({ statusCode: 6, statusMessage: "Not found" }));

  const server = await listenOnLoopback(app);
  const baseUrl = `${server.origin}${CONTEXT}`;
  return {
    app,
    baseUrl,
    requests,
    dataRequests: () => requests.filter((request) => request.rawPath !== `${API}/me`),
    createClient: (overrides) =>
      createGenesysClient({ baseUrl, username: TEST_USER, password: TEST_PASSWORD, timeoutMs: 1_000, maxBackoffMs: 20, ...overrides }),
    close: () => server.close(),
  };
}

/** For one test file: starts stubs and closes every one of them after each test. */
export function useStubUpstreams(): (mount: (app: Express) => void) => Promise<StubUpstream> {
  const open: StubUpstream[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((stub) => stub.close()));
  });
  return async (mount) => {
    const stub = await startStubUpstream(mount);
    open.push(stub);
    return stub;
  };
}

export type GwsSession = {
  /** Turns CSRF protection on (the default) or off. */
  csrf: boolean;
  /** The token a write must carry now; change it to make the server rotate. */
  token: string;
  /** How many CSRF tokens `GET /me` has issued. */
  issued: number;
};

/**
 * What a GWS server does before any route: Basic auth on every call (else 401, code 20), a
 * `JSESSIONID` cookie for a caller without one, and with CSRF on, `GET /me` issuing the header name
 * and token that every PUT/POST/DELETE must carry (else 403 "Missing or invalid Csrf token").
 */
export function mountGwsSession(app: Express, options: { csrf?: boolean; me?: object } = {}): GwsSession {
  const state: GwsSession = { csrf: options.csrf ?? true, token: "csrf-SENTINEL-0", issued: 0 };
  app.use(API, (req: Request, res: Response, next: NextFunction) => {
    if (req.headers.authorization !== BASIC) return void res.status(401).json({ statusCode: 20, statusMessage: "Not authenticated" });
    if (!req.headers.cookie?.includes(`JSESSIONID=${SESSION_ID}`)) res.cookie("JSESSIONID", SESSION_ID, { path: CONTEXT, httpOnly: true });
    if (state.csrf && req.method !== "GET" && req.headers[CSRF_HEADER.toLowerCase()] !== state.token) {
      return void res.status(403).json({ statusCode: 3, statusMessage: "Missing or invalid Csrf token" });
    }
    next();
  });
  app.get(`${API}/me`, (_req, res) => {
    if (state.csrf) {
      state.issued += 1;
      state.token = `csrf-SENTINEL-${state.issued}`;
      res.set({ "X-CSRF-HEADER": CSRF_HEADER, "X-CSRF-TOKEN": state.token });
    }
    res.json({ statusCode: 0, user: options.me ?? makeUser({ userName: `${TEST_USER}@example.com` }) });
  });
  return state;
}

/** A user as `GET /users/{id}` answers one, with GWS's string and flag quirks. */
export function makeUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: USER_ID,
    userName: "ann.lee@example.com",
    firstName: "Ann",
    lastName: "Lee",
    emailAddress: "ann.lee@example.com",
    roles: ["ROLE_AGENT"],
    enabled: true,
    changePasswordOnFirstLogin: false,
    contactCenterId: "cc-1",
    doNotDisturb: "Off",
    uri: `http://gws.example.com${API}/users/${USER_ID}`,
    path: `/users/${USER_ID}`,
    ...overrides,
  };
}

/** The GenesysError a call failed with; a success or any other error fails the test. */
export async function catchGenesysError(promise: Promise<unknown>): Promise<GenesysError> {
  const outcome = await promise.then(
    () => new Error("expected the call to fail"),
    (error: unknown) => error,
  );
  if (!(outcome instanceof GenesysError)) throw outcome;
  return outcome;
}
