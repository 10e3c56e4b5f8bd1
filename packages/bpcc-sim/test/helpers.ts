import request from "supertest";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../src/index.ts";

export const API = "/configapi/v2";

type Call = ReturnType<ReturnType<typeof request>["get"]>;

export interface TestHttp {
  get(path: string): Call;
  post(path: string): Call;
  put(path: string): Call;
  delete(path: string): Call;
}

export interface TestTenant {
  sim: RunningSimulator;
  /** supertest bound to the running simulator (127.0.0.1, a free port); bodies are read as text, see `textOnly`. */
  http: TestHttp;
  token: string;
  auth: { Authorization: string };
}

/** A running simulator and a token for it; close it with `tenant.sim.close()`. */
export async function startTestTenant(options: SimulatorOptions = {}): Promise<TestTenant> {
  const sim = await startSimulator({ users: 50, ...options });
  const http = createTestHttp(sim.baseUrl);
  const token = await fetchToken(sim);
  return { sim, http, token, auth: { Authorization: `Bearer ${token}` } };
}

/**
 * superagent parses anything labelled application/json, and the tenant's bare `OK` is labelled
 * so — the very quirk under test. Every body is kept as text and parsed by the test itself.
 */
export function createTestHttp(baseUrl: string): TestHttp {
  const agent = request(baseUrl);
  return {
    get: (path) => agent.get(path).parse(textOnly),
    post: (path) => agent.post(path).parse(textOnly),
    put: (path) => agent.put(path).parse(textOnly),
    delete: (path) => agent.delete(path).parse(textOnly),
  };
}

/** superagent's own text parser, which its JSON parser would otherwise pre-empt. */
function textOnly(res: RawResponse, callback: (error: Error | null, body: string) => void): void {
  res.text = "";
  res.setEncoding("utf8");
  res.on("data", (chunk: string) => (res.text += chunk));
  res.on("end", () => callback(null, res.text));
}

interface RawResponse {
  text: string;
  setEncoding(encoding: BufferEncoding): unknown;
  on(event: string, listener: (chunk: string) => void): unknown;
}

export async function fetchToken(sim: RunningSimulator): Promise<string> {
  const response = await request(sim.baseUrl)
    .post(`${API}/oauth/token`)
    .type("form")
    .send({
      client_id: sim.credentials.clientId,
      client_secret: sim.credentials.clientSecret,
      scope: sim.credentials.scope,
      grant_type: "client_credentials",
    });
  if (response.status !== 200) throw new Error(`token call failed: ${response.status} ${response.text}`);
  const body: unknown = response.body;
  if (typeof body !== "object" || body === null || !("access_token" in body) || typeof body.access_token !== "string") {
    throw new Error(`token answer without access_token: ${response.text}`);
  }
  return body.access_token;
}

export const newUser = (loginId: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  loginId,
  password: "$$$999aaa",
  firstName: "Test",
  lastName: "Person",
  team: "Support Team",
  ...extra,
});

/** Parsed `GET /phone/user`, for checks that a change shows in the directory. */
export async function readDirectory(tenant: TestTenant): Promise<Array<Record<string, unknown>>> {
  const response = await tenant.http.get(`${API}/phone/user`).set(tenant.auth).expect(200);
  return JSON.parse(response.text);
}
