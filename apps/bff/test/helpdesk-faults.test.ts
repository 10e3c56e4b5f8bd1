import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuditPageSchema, UserSchema } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { expectProblem, upstreamCalls, type Reply } from "./security/support.ts";

// The helpdesk's two changes, unlock and password reset, against every kind of upstream error and
// every fault of the simulator's control plane. An unlock is idempotent, so the client retries it;
// a reset is a write whose answer may be lost after it happened, so it is never retried, and an
// answer that never came says the password may or may not have changed.

const TIMEOUT_MS = 1_000;
let h: Harness;
let helpdesk: Awaited<ReturnType<Harness["signIn"]>>;
beforeAll(async () => {
  h = await startHarness({}, { client: { timeoutMs: TIMEOUT_MS, retries: 1, maxBackoffMs: 20 } });
  helpdesk = await h.signIn("helpdesk");
});
afterAll(async () => h.close());
beforeEach(() => {
  h.sim.control.clearFaults();
  h.sim.control.resetCallCounts();
});

const LOGIN = "dale.turner";

interface Path {
  name: string;
  endpoint: "PUT /user/lock/:username" | "PUT /user/:username";
  retried: boolean;
  /** A write: an answer that never came leaves its outcome unknown, and the problem says so by its type. */
  outcomeUnknownWithoutAnswer: boolean;
  call: () => Promise<Reply>;
  /** Whether the change reached the tenant, read from the simulator's side. */
  applied: () => Promise<boolean>;
  prepare: () => void;
}

const unlockPath: Path = {
  name: "unlock",
  endpoint: "PUT /user/lock/:username",
  retried: true,
  outcomeUnknownWithoutAnswer: false,
  call: async () => helpdesk.agent.delete(`/api/users/${LOGIN}/lock`).set(SAME_ORIGIN).set("X-CSRF-Token", helpdesk.csrfToken),
  applied: async () => !(await helpdesk.agent.get(`/api/users/${LOGIN}/lock`)).body.lockedOut,
  prepare: () => h.sim.control.lockUser(LOGIN),
};

const resetPath: Path = {
  name: "password reset",
  endpoint: "PUT /user/:username",
  retried: false,
  outcomeUnknownWithoutAnswer: true,
  call: async () => helpdesk.agent.post(`/api/users/${LOGIN}/password`).set(SAME_ORIGIN).set("X-CSRF-Token", helpdesk.csrfToken).send({}),
  applied: async () => UserSchema.parse((await helpdesk.agent.get(`/api/users/${LOGIN}`)).body).changePassword,
  // The simulator keeps no password state anyone can read; the must-change flag tells whether the update landed.
  prepare: () => h.sim.control.reset(),
};

const callsTo = (path: Path) => upstreamCalls(h)[path.endpoint] ?? 0;
/** The problem type when no answer came: the cause's own (`type`), or for a write an unknown outcome. */
const noAnswerType = (path: Path, type: string) => (path.outcomeUnknownWithoutAnswer ? "/problems/outcome-unknown" : type);

async function lastAuditRecord() {
  const admin = await h.signIn("admin");
  const [record] = AuditPageSchema.parse((await admin.agent.get(`/api/audit?target=${LOGIN}&limit=1`)).body).records;
  return record;
}

describe.each([unlockPath, resetPath])("the $name path", (path) => {
  beforeEach(() => path.prepare());

  describe("each kind of upstream error becomes one problem", () => {
    it.each([
      [400, "validation", 400, "/problems/upstream-validation"],
      [404, "not_found", 404, "/problems/not-found"],
      [409, "conflict", 409, "/problems/conflict"],
      [415, "unsupported_media", 502, "/problems/upstream-unavailable"],
      [401, "unauthorized (refused again after a new token)", 502, "/problems/upstream-unavailable"],
      [403, "unauthorized", 502, "/problems/upstream-unavailable"],
      [500, "upstream (BPCC's Request Failed)", 502, "/problems/upstream-unavailable"],
      [503, "upstream, after the retries", 502, "/problems/upstream-unavailable"],
    ] as const)("%i (%s) → %i %s", async (upstreamStatus, _kind, status, type) => {
      h.sim.control.setErrorRate({ endpoint: path.endpoint, rate: 1, status: upstreamStatus });
      const problem = expectProblem(await path.call(), status);
      expect(problem.type).toBe(type);
      if (upstreamStatus === 404) expect(problem.detail).toBe(`No user named “${LOGIN}”.`);
      h.sim.control.clearFaults();
      expect(await path.applied()).toBe(false);
    });

    it("credentials the token endpoint refuses → 502 naming the variables to check", async () => {
      h.sim.control.revokeTokens();
      h.sim.control.setErrorRate({ endpoint: "POST /oauth/token", rate: 1, status: 401 });
      const problem = expectProblem(await path.call(), 502);
      expect(problem.type).toBe("/problems/upstream-credentials");
      expect(problem.detail).toMatch(/BPCC_CLIENT_ID, BPCC_CLIENT_SECRET and BPCC_SCOPE/);
      h.sim.control.clearFaults();
      h.sim.control.revokeTokens();
    });

    it("a failure is recorded in the audit trail as failed, with the reason", async () => {
      h.sim.control.setErrorRate({ endpoint: path.endpoint, rate: 1, status: 500 });
      await path.call();
      expect(await lastAuditRecord()).toMatchObject({ actor: "helpdesk", target: LOGIN, outcome: "failed", status: 502, reason: expect.stringMatching(/contact center/) });
    });
  });

  describe("faults of the control plane", () => {
    it("latency under the deadline: slow, but done", async () => {
      h.sim.control.setLatency({ fixedMs: 100 });
      const res = await path.call();
      expect(res.status).toBe(200);
      expect(await path.applied()).toBe(true);
    });

    it("latency past the deadline → 504", async () => {
      h.sim.control.setLatency({ fixedMs: TIMEOUT_MS + 300 });
      const problem = expectProblem(await path.call(), 504);
      expect(problem.type).toBe(noAnswerType(path, "/problems/upstream-timeout"));
    });

    it(`one 503 → ${path.retried ? "retried, and done" : "not retried (a write): 502"}`, async () => {
      h.sim.control.setErrorRate({ endpoint: path.endpoint, rate: 1, status: 503, count: 1 });
      const res = await path.call();
      expect(res.status).toBe(path.retried ? 200 : 502);
      expect(callsTo(path)).toBe(path.retried ? 2 : 1);
    });

    it("a revoked token: a new one is fetched and the call replayed once", async () => {
      const tokensBefore = upstreamCalls(h)["POST /oauth/token"] ?? 0;
      h.sim.control.revokeTokens();
      const res = await path.call();
      expect(res.status).toBe(200);
      expect(upstreamCalls(h)["POST /oauth/token"]).toBe(tokensBefore + 1);
      expect(callsTo(path)).toBe(2);
      expect(await path.applied()).toBe(true);
    });

    it("connections dropped every time → 502", async () => {
      h.sim.control.dropConnections({ endpoint: path.endpoint });
      const problem = expectProblem(await path.call(), 502);
      expect(problem.type).toBe(noAnswerType(path, "/problems/upstream-unavailable"));
      expect(callsTo(path)).toBe(path.retried ? 2 : 1);
    });

    it("an endpoint that hangs → 504 within the client's budget", async () => {
      h.sim.control.hang({ endpoint: path.endpoint });
      const started = Date.now();
      const problem = expectProblem(await path.call(), 504);
      expect(problem.type).toBe(noAnswerType(path, "/problems/upstream-timeout"));
      expect(Date.now() - started).toBeLessThan((path.retried ? 2 : 1) * TIMEOUT_MS + 1_000);
    });
  });
});

describe("an answer lost after the change was made", () => {
  beforeEach(() => h.sim.control.reset());

  it("unlock: the lost answer is retried, which is harmless", async () => {
    h.sim.control.lockUser(LOGIN);
    h.sim.control.dropConnections({ endpoint: unlockPath.endpoint, afterPerforming: true, count: 1 });
    const res = await unlockPath.call();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ lockedOut: false });
  });

  it("password reset: 502 that says the password may have changed, and no password is shown", async () => {
    h.sim.control.dropConnections({ endpoint: resetPath.endpoint, afterPerforming: true, count: 1 });
    const problem = expectProblem(await resetPath.call(), 502);
    expect(problem.type).toBe("/problems/outcome-unknown");
    expect(problem.detail).toBe(
      "The connection to the contact center broke before it answered, so the password may or may not have been changed. Reset it again before you give one out.",
    );
    expect(await resetPath.applied()).toBe(true);
  });

  it("password reset that times out: 504 with the same warning", async () => {
    h.sim.control.hang({ endpoint: resetPath.endpoint });
    const problem = expectProblem(await resetPath.call(), 504);
    expect(problem.detail).toBe(
      "The contact center did not answer in time, so the password may or may not have been changed. Reset it again before you give one out.",
    );
  });
});
