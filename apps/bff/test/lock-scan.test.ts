import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, JobSchema, type LockState } from "@switchboard/contracts";
import { SAME_ORIGIN, startGenesysHarness, startHarness, type Harness } from "./harness.ts";
import { waitForJob } from "./job-polling.ts";
import { expectProblem } from "./security/support.ts";

const CONCURRENCY = 3;
/** The most lock states the platform was asked for at once. */
const inFlight = { now: 0, most: 0 };

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    { upstreamConcurrency: CONCURRENCY },
    {
      sim: { latencyMs: 5 },
      // Counts lock-state reads in flight where the BFF makes them, at the port.
      platform: (bpcc) => ({
        ...bpcc,
        capabilities: bpcc.capabilities,
        async getLockState(loginId): Promise<LockState> {
          inFlight.now += 1;
          inFlight.most = Math.max(inFlight.most, inFlight.now);
          try {
            return await bpcc.getLockState(loginId);
          } finally {
            inFlight.now -= 1;
          }
        },
      }),
    },
  );
});
afterAll(async () => h.close());

async function signedIn(role: "viewer" | "helpdesk" | "admin") {
  const session = await h.signIn(role);
  return {
    agent: session.agent,
    scan: () => session.agent.post("/api/locks/scan").set(SAME_ORIGIN).set("X-CSRF-Token", session.csrfToken),
  };
}

describe("POST /api/locks/scan", () => {
  it("finds exactly the users the platform has locked out, never reading more than the configured concurrency at once", async () => {
    // The seeded lockouts run out (30 minutes), then exactly these are locked.
    h.sim.control.advanceClock(31 * 60_000);
    const locked = ["dale.turner", "edna.partee", "frank.zappa"];
    for (const loginId of locked) h.sim.control.lockUser(loginId);
    const helpdesk = await signedIn("helpdesk");

    const res = await helpdesk.scan();

    expect(res.status, res.text).toBe(202);
    const started = JobSchema.parse(res.body);
    expect(res.headers["location"]).toBe(`/api/jobs/${started.id}`);
    expect(started).toMatchObject({ kind: "locks.scan", state: "running", done: 0 });
    expect(started.total).toBe(h.sim.control.userCount());

    const job = await waitForJob(helpdesk.agent, String(res.headers["location"]));
    expect(job).toMatchObject({ state: "succeeded", done: started.total, total: started.total });
    if (job.kind !== "locks.scan" || !job.result) throw new Error("no scan result");
    expect([...job.result.lockedOut].sort()).toEqual(locked);
    expect(job.result.unreadable).toEqual([]);
    expect(Date.parse(job.result.scannedAt)).not.toBeNaN();
    expect(inFlight.most).toBeLessThanOrEqual(CONCURRENCY);
    expect(inFlight.most).toBeGreaterThan(1);
  });

  it("lists a user whose lock state cannot be read as unreadable instead of failing the scan", async () => {
    h.sim.control.setErrorRate({ endpoint: "GET /user/lock/:username", rate: 1, status: 500, skip: 5, count: 3 });
    const helpdesk = await signedIn("helpdesk");
    try {
      const res = await helpdesk.scan();
      const job = await waitForJob(helpdesk.agent, String(res.headers["location"]));
      expect(job.state).toBe("succeeded");
      if (job.kind !== "locks.scan" || !job.result) throw new Error("no scan result");
      expect(job.result.unreadable.length).toBeGreaterThan(0);
    } finally {
      h.sim.control.clearFaults();
    }
  });

  it("records who started the scan", async () => {
    const helpdesk = await signedIn("helpdesk");
    await helpdesk.scan();
    const admin = await h.signIn("admin");
    const [record] = AuditPageSchema.parse((await admin.agent.get("/api/audit?action=locks.scan")).body).records;
    expect(record).toMatchObject({ actor: "helpdesk", action: "locks.scan", outcome: "succeeded", status: 202 });
  });

  it("is refused to a viewer, before any upstream call", async () => {
    const viewer = await signedIn("viewer");
    expectProblem(await viewer.scan(), 403);
  });
});

describe("POST /api/locks/scan on Genesys", () => {
  it("answers 501: the platform has no lock state", async () => {
    const g = await startGenesysHarness();
    try {
      const { agent, csrfToken } = await g.signIn("helpdesk");
      const problem = expectProblem(await agent.post("/api/locks/scan").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken), 501);
      expect(problem.detail).toMatch(/getLockState/);
    } finally {
      await g.close();
    }
  });
});
