import { z } from "zod";
import { expect } from "vitest";
import type supertest from "supertest";
import { ProblemSchema, type Problem } from "@switchboard/contracts";
import type { Harness } from "../harness.ts";
import type { Method } from "./route-table.ts";

export type Caller = supertest.Agent;
export type Reply = supertest.Response;

/** Calls a route by its method, with a JSON body when it has one. */
export function send(caller: Caller, call: { method: Method; url: string; body?: Record<string, unknown> }, headers: Record<string, string> = {}) {
  const verbs = {
    GET: (url: string) => caller.get(url),
    POST: (url: string) => caller.post(url),
    PUT: (url: string) => caller.put(url),
    PATCH: (url: string) => caller.patch(url),
    DELETE: (url: string) => caller.delete(url),
  } satisfies Record<Method, (url: string) => supertest.Test>;
  const test = verbs[call.method](call.url).set(headers);
  return call.body === undefined ? test : test.send(call.body);
}

/** The headers a browser on our own page sends with a change, plus the session's CSRF token. */
export function sameOriginWith(csrfToken: string): Record<string, string> {
  return { "Sec-Fetch-Site": "same-origin", "X-CSRF-Token": csrfToken };
}

/** Asserts a problem+json answer of this status carrying the request id of its `X-Request-Id`; returns the body. */
export function expectProblem(res: Reply, status: number): Problem {
  expect(res.status, res.text).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  expect(res.headers["location"]).toBeUndefined();
  const problem = ProblemSchema.parse(JSON.parse(res.text));
  expect(problem.status).toBe(status);
  expect(problem.requestId).toBe(res.headers["x-request-id"]);
  return problem;
}

/** How many calls the simulator has received, per endpoint. */
export function upstreamCalls(h: Harness): Record<string, number> {
  return h.sim.control.callCounts();
}

/** Number of audit records in the store. */
export async function auditCount(h: Harness): Promise<number> {
  const row = z.object({ n: z.coerce.number() }).parse(await h.db.get("SELECT count(*) AS n FROM audit_events"));
  return row.n;
}

/** The session cookie of a `Set-Cookie` answer, by name. */
export function setCookieNamed(res: Reply, name: string): string | undefined {
  const header = res.headers["set-cookie"];
  const all: string[] = Array.isArray(header) ? header : header ? [header] : [];
  return all.find((cookie) => cookie.startsWith(`${name}=`));
}

export function cookieValue(setCookie: string): string {
  return setCookie.slice(setCookie.indexOf("=") + 1).split(";")[0] ?? "";
}
