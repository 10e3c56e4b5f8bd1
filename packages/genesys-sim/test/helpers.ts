import request from "supertest";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../src/index.ts";

export const API = "/api/v2";

type Agent = ReturnType<typeof request.agent>;
type Call = ReturnType<Agent["get"]>;

export interface Gws {
  sim: RunningSimulator;
  /** Basic-authenticated calls through one supertest agent, which keeps the JSESSIONID cookie. */
  get(path: string): Call;
  post(path: string, body?: object | string): Call;
  put(path: string, body?: object | string): Call;
  delete(path: string): Call;
  /** The header name and token a GET answered last, sent on every write while set. */
  csrf: { header: string; token: string } | undefined;
  /** `GET /me`, keeping the CSRF header and token it answers. */
  refreshCsrf(): Promise<void>;
  basic: string;
}

/** A running simulator (50 users unless told) and a client for it; close it with `gws.sim.close()`. */
export async function startGws(options: SimulatorOptions = {}): Promise<Gws> {
  const sim = await startSimulator({ users: 50, ...options });
  const basic = basicAuth(sim.credentials.username, sim.credentials.password);
  const prefix = new URL(sim.baseUrl).pathname.replace(/\/$/, "");
  const agent = request.agent(new URL(sim.baseUrl).origin);
  const gws: Gws = {
    sim,
    basic,
    csrf: undefined,
    get: (path) => agent.get(`${prefix}${API}${path}`).set("Authorization", basic),
    post: (path, body) => write(agent.post(`${prefix}${API}${path}`), body),
    put: (path, body) => write(agent.put(`${prefix}${API}${path}`), body),
    delete: (path) => write(agent.delete(`${prefix}${API}${path}`)),
    async refreshCsrf() {
      const me = await gws.get("/me").expect(200);
      const header = me.headers["x-csrf-header"];
      const token = me.headers["x-csrf-token"];
      gws.csrf = typeof header === "string" && typeof token === "string" ? { header, token } : undefined;
    },
  };
  const write = (call: Call, body?: object | string): Call => {
    call.set("Authorization", basic);
    if (gws.csrf) call.set(gws.csrf.header, gws.csrf.token);
    return body === undefined ? call : call.set("Content-Type", "application/json").send(typeof body === "string" ? body : JSON.stringify(body));
  };
  await gws.refreshCsrf();
  return gws;
}

export function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}

export const newUser = (userName: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  userName,
  firstName: "Test",
  lastName: "Person",
  password: "Secret-123",
  roles: ["ROLE_AGENT"],
  ...extra,
});

/** A user of the seeded tenant by user name, with skills and devices. */
export async function userByName(gws: Gws, userName: string): Promise<Record<string, unknown> & { id: string }> {
  const response = await gws.get("/users?subresources=*").expect(200);
  const user = (response.body.users as Array<Record<string, unknown> & { id: string }>).find((candidate) => candidate["userName"] === userName);
  if (!user) throw new Error(`no user ${userName}`);
  return user;
}

/** Creates a user and answers its id. */
export async function createUser(gws: Gws, userName: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await gws.post("/users", newUser(userName, extra)).expect(200);
  return response.body.id as string;
}
