import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { currentDeadline } from "../src/platform/request-deadline.ts";
import type { Platform } from "../src/platform/platform.ts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls, type Reply } from "./security/support.ts";

// One deadline per incoming request, whatever it waits for: a slot, a token, attempts, backoff.
// The client here would try four times for a second each (about 4 s); the deadline is 1.5 s.

const DEADLINE_MS = 1_500;
const SLACK_MS = 600;
const USER_READ = "GET /user/:username";

let h: Harness;
let helpdesk: Awaited<ReturnType<Harness["signIn"]>>;
beforeAll(async () => {
  // No list cache: each directory request here must meet the platform.
  h = await startHarness({ requestDeadlineMs: DEADLINE_MS, directoryTtlMs: 0 }, { client: { timeoutMs: 1_000, retries: 3, maxBackoffMs: 20, concurrency: 1 } });
  helpdesk = await h.signIn("helpdesk");
});
afterAll(async () => h.close());
beforeEach(() => {
  h.sim.control.clearFaults();
  h.sim.control.resetCallCounts();
});

async function timed(call: () => PromiseLike<Reply>): Promise<{ res: Reply; elapsedMs: number }> {
  const started = Date.now();
  const res = await call();
  return { res, elapsedMs: Date.now() - started };
}

function expectDeadlineProblem(res: Reply): void {
  const problem = expectProblem(res, 504);
  expect(problem).toMatchObject({ type: "/problems/upstream-timeout", title: "Contact center timed out", detail: "The contact center did not answer in time. Try again." });
  // Nothing of the upstream: no URL, no credentials.
  expect(res.text).not.toContain(h.sim.baseUrl);
  expect(res.text).not.toContain("configapi");
  expect(res.text).not.toContain(h.sim.credentials.clientSecret);
}

describe("a platform that does not answer", () => {
  it("GET /api/users/:loginId answers 504 at the deadline, and no attempt starts after it", async () => {
    h.sim.control.hang({ endpoint: USER_READ });

    const { res, elapsedMs } = await timed(() => helpdesk.agent.get("/api/users/frank.zappa"));

    expectDeadlineProblem(res);
    expect(elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(elapsedMs).toBeLessThan(DEADLINE_MS + SLACK_MS);
    expect(upstreamCalls(h)[USER_READ]).toBe(2);
    await sleep(1_200);
    expect(upstreamCalls(h)[USER_READ]).toBe(2);
  });

  it("the deadline covers the wait for a token", async () => {
    h.sim.control.revokeTokens();
    h.sim.control.hang({ endpoint: "POST /oauth/token" });

    const { res, elapsedMs } = await timed(() => helpdesk.agent.get("/api/users/frank.zappa"));

    expectDeadlineProblem(res);
    expect(elapsedMs).toBeLessThan(DEADLINE_MS + SLACK_MS);
    h.sim.control.clearFaults();
  });

  it("the deadline covers the wait for a concurrency slot that a hung directory load holds", async () => {
    h.sim.control.hang({ endpoint: "GET /phone/user" });
    const directory = helpdesk.agent.get("/api/directory").then((res) => res);
    await sleep(100);

    const { res, elapsedMs } = await timed(() => helpdesk.agent.get("/api/users/frank.zappa"));

    expectDeadlineProblem(res);
    expect(elapsedMs).toBeLessThan(DEADLINE_MS + SLACK_MS);
    expect(upstreamCalls(h)[USER_READ]).toBe(0);
    expectDeadlineProblem(await directory);
    h.sim.control.clearFaults();
  });

  it("a change has the same deadline: an unlock retried against a hung platform answers 504 at it", async () => {
    h.sim.control.hang({ endpoint: "PUT /user/lock/:username" });

    const { res, elapsedMs } = await timed(() => helpdesk.agent.delete("/api/users/frank.zappa/lock").set(SAME_ORIGIN).set("X-CSRF-Token", helpdesk.csrfToken));

    expectDeadlineProblem(res);
    expect(elapsedMs).toBeLessThan(DEADLINE_MS + SLACK_MS);
    expect(upstreamCalls(h)["PUT /user/lock/:username"]).toBe(2);
  });

  it("a read whose client went away stops: no further attempt is sent", async () => {
    h.sim.control.hang({ endpoint: USER_READ });
    const request = helpdesk.agent.get("/api/users/frank.zappa");
    request.then(
      () => {},
      () => {},
    );
    await sleep(300);
    request.abort();

    await sleep(1_200);
    expect(upstreamCalls(h)[USER_READ]).toBe(1);
  });

  it("a client that goes away does not fail the others waiting for the same directory load", async () => {
    h.sim.control.setLatency({ fixedMs: 400 });
    const leaving = helpdesk.agent.get("/api/directory");
    leaving.then(
      () => {},
      () => {},
    );
    await sleep(50);
    const staying = helpdesk.agent.get("/api/directory").then((res) => res);
    await sleep(100);
    leaving.abort();

    expect((await staying).status).toBe(200);
    expect(upstreamCalls(h)["GET /phone/user"]).toBe(1);
  });
});

describe("the deadline does not depend on the platform", () => {
  it("a second adapter whose client gives up with an error of its own still answers 504 at the deadline", async () => {
    const stalls = () =>
      new Promise<never>((_resolve, reject) => {
        currentDeadline()?.addEventListener("abort", () => reject(new Error("socket aborted by its caller")), { once: true });
      });
    const capabilities = { platform: "other", operations: ["getUser", "listDirectory"], editableUserFields: [] };
    const platform = { capabilities, getUser: stalls, listDirectory: stalls } as unknown as Platform;
    const other = await startHarness({ platform, requestDeadlineMs: 300 });
    try {
      const viewer = await other.signIn("viewer");
      const { res, elapsedMs } = await timed(() => viewer.agent.get("/api/users/frank.zappa"));
      expect(expectProblem(res, 504).type).toBe("/problems/upstream-timeout");
      expect(elapsedMs).toBeLessThan(300 + SLACK_MS);
    } finally {
      await other.close();
    }
  });
});
