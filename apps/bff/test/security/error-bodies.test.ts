import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import { expectProblem, type Reply } from "./support.ts";

// Guarantee 10: errors never carry a stack trace, a file path or the upstream's payload; the request
// id is always there.

let h: Harness;
let agent: Awaited<ReturnType<Harness["signIn"]>>["agent"];
beforeAll(async () => {
  h = await startHarness({ directoryTtlMs: 0 }, { client: { timeoutMs: 300, retries: 0 } });
  ({ agent } = await h.signIn("viewer"));
});
afterAll(async () => h.close());

/** What must never be in an error body, whatever went wrong. */
function expectNothingInternal(res: Reply): void {
  const text = res.text;
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|at file:|at node:/);
  expect(text).not.toMatch(/\/(work|home|tmp|usr|opt)\//);
  expect(text).not.toMatch(/node_modules|\.ts:\d|\.js:\d|stack/i);
  expect(text).not.toMatch(/SyntaxError|TypeError|ENOENT|Unexpected token/);
  expect(Object.keys(JSON.parse(text)).sort()).toEqual(expect.arrayContaining(["requestId", "status", "title", "type"]));
  for (const key of Object.keys(JSON.parse(text))) expect(["type", "title", "status", "detail", "requestId", "errors"]).toContain(key);
}

describe("an error answer", () => {
  it("to malformed JSON", async () => {
    const res = await h.request().post("/api/session").set(SAME_ORIGIN).set("Content-Type", "application/json").send('{"username": "admin", password');
    expectProblem(res, 400);
    expectNothingInternal(res);
  });

  it("to an oversized body", async () => {
    const res = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: "admin", password: "x".repeat(150_000) });
    expectProblem(res, 413);
    expectNothingInternal(res);
  });

  it("to an unknown route, signed in or not", async () => {
    for (const res of [await agent.get("/api/no/such/route"), await h.request().get("/api/no/such/route"), await h.request().get("/no-such-file.js")]) {
      expect([401, 404]).toContain(res.status);
      expectProblem(res, res.status);
      expectNothingInternal(res);
    }
  });

  it("when the upstream answers 500 with a payload of its own", async () => {
    h.sim.control.setErrorRate({ endpoint: "GET /phone/user", rate: 1, status: 500 });
    try {
      const res = await agent.get("/api/directory");
      expectProblem(res, 502);
      expectNothingInternal(res);
      expect(res.text).not.toMatch(/Request Failed|Internal Server Error|nginx|configapi|127\.0\.0\.1/);
    } finally {
      h.sim.control.clearFaults();
    }
  });

  it("when the upstream does not answer in time", async () => {
    h.sim.control.hang({ endpoint: "GET /phone/user" });
    try {
      const res = await agent.get("/api/directory");
      expectProblem(res, 504);
      expectNothingInternal(res);
      expect(res.text).not.toMatch(/timeout of|AbortError|ETIMEDOUT|configapi|127\.0\.0\.1/i);
    } finally {
      h.sim.control.clearFaults();
    }
  });

  it("when the upstream drops the connection", async () => {
    h.sim.control.dropConnections({ endpoint: "GET /phone/user" });
    try {
      const res = await agent.get("/api/directory");
      expectProblem(res, 502);
      expectNothingInternal(res);
      expect(res.text).not.toMatch(/ECONNRESET|socket hang up|configapi/i);
    } finally {
      h.sim.control.clearFaults();
    }
  });

  it("when invalid input names the field, not the schema's internals", async () => {
    const res = await h.request().post("/api/session").set(SAME_ORIGIN).send({ username: 42, password: ["x"] });
    const problem = expectProblem(res, 400);
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(["password", "username"]);
    expectNothingInternal(res);
  });

  it("leaves the details to the log, under the same request id", () => {
    const failures = h.logLines.filter((line) => line.includes('"request failed"'));
    expect(failures.length).toBeGreaterThan(0);
    for (const line of failures) expect(line).toMatch(/"req":\{"id":"[^"]+".*"kind":"(upstream|timeout|unavailable)"/);
  });
});
