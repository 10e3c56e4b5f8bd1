import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema, UserSchema, type BulkEditOutcome, type Role } from "@switchboard/contracts";
import { SAME_ORIGIN, startGenesysHarness, startHarness, type Harness } from "./harness.ts";
import { waitForJob } from "./job-polling.ts";
import { expectProblem } from "./security/support.ts";

// POST /api/users/bulk: one change to a selection, as a job; each user read, skipped when nothing
// would change, else written as a single edit would be (conflict check included) and audited.

/** A user someone else changes between the bulk edit's read and its write. */
const RACED = "dale.turner";
let raceArmed = false;

let h: Harness;
beforeAll(async () => {
  h = await startHarness(
    { upstreamConcurrency: 4 },
    {
      recordUpstream: true,
      platform: (bpcc) => ({
        ...bpcc,
        capabilities: bpcc.capabilities,
        async getUser(loginId) {
          const user = await bpcc.getUser(loginId);
          if (raceArmed && loginId === RACED) {
            raceArmed = false;
            // Another editor's change lands right after the bulk edit read the user.
            await bpcc.updateUser(loginId, { team: "Retention" });
          }
          return user;
        },
      }),
    },
  );
});
afterAll(async () => h.close());

async function as(role: Role) {
  const { agent, csrfToken } = await h.signIn(role);
  return {
    agent,
    bulk: (body: unknown) => agent.post("/api/users/bulk").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken).send(body as object),
    async user(loginId: string) {
      return UserSchema.parse((await agent.get(`/api/users/${encodeURIComponent(loginId)}`)).body);
    },
    /** Starts a bulk edit and waits for its outcomes, by login. */
    async bulkDone(body: unknown): Promise<{ id: string; outcomes: Record<string, Omit<BulkEditOutcome, "loginId">> }> {
      const res = await this.bulk(body);
      expect(res.status, res.text).toBe(202);
      const job = await waitForJob(agent, String(res.headers["location"]));
      expect(job.state).toBe("succeeded");
      if (job.kind !== "users.bulk" || !job.result) throw new Error("no bulk edit result");
      return { id: job.id, outcomes: Object.fromEntries(job.result.outcomes.map(({ loginId, ...rest }) => [loginId, rest])) };
    },
  };
}

async function auditOf(target: string) {
  const admin = await h.signIn("admin");
  return AuditPageSchema.parse((await admin.agent.get(`/api/audit?target=${encodeURIComponent(target)}&action=user.update`)).body).records;
}

describe("POST /api/users/bulk", () => {
  it("sets a skill level on each user, keeping their other skills, and audits each user written with before → after", async () => {
    const supervisor = await as("supervisor");
    const before = await supervisor.user("edna.partee");

    const { id, outcomes } = await supervisor.bulkDone({ loginIds: ["edna.partee", "eric.chen"], change: { setSkills: { Support: 80 } } });

    expect(outcomes).toEqual({ "edna.partee": { outcome: "updated" }, "eric.chen": { outcome: "updated" } });
    expect((await supervisor.user("edna.partee")).skills).toEqual({ ...before.skills, Support: 80 });
    const [record] = await auditOf("edna.partee");
    expect(record).toMatchObject({
      actor: "supervisor",
      role: "supervisor",
      action: "user.update",
      target: "edna.partee",
      outcome: "succeeded",
      requestId: `job:${id}`,
      changes: { before: { skills: before.skills }, after: { skills: { ...before.skills, Support: 80 } } },
    });
  });

  it("leaves a user the change would not alter as unchanged, with no write and no audit record", async () => {
    const supervisor = await as("supervisor");
    await supervisor.bulkDone({ loginIds: ["frank.zappa"], change: { setSkills: { Chat: 60 } } });
    const writesBefore = h.updatesSentFor("frank.zappa").length;
    const recordsBefore = (await auditOf("frank.zappa")).length;

    const { outcomes } = await supervisor.bulkDone({ loginIds: ["frank.zappa"], change: { setSkills: { Chat: 60 } } });

    expect(outcomes).toEqual({ "frank.zappa": { outcome: "unchanged" } });
    expect(h.updatesSentFor("frank.zappa")).toHaveLength(writesBefore);
    expect(await auditOf("frank.zappa")).toHaveLength(recordsBefore);
  });

  it("removes a skill, changes the team and disables, in one write per user", async () => {
    const supervisor = await as("supervisor");
    await supervisor.bulkDone({ loginIds: ["testuser004"], change: { setSkills: { Mobile: 40 } } });

    const { outcomes } = await supervisor.bulkDone({ loginIds: ["testuser004"], change: { removeSkills: ["Mobile"], team: "Sales", disabled: true } });

    expect(outcomes["testuser004"]).toEqual({ outcome: "updated" });
    const after = await supervisor.user("testuser004");
    expect(after).toMatchObject({ team: "Sales", disabled: true });
    expect(after.skills).not.toHaveProperty("Mobile");
  });

  it("fails a user someone changed between the read and the write, keeping their change, and goes on with the others", async () => {
    const supervisor = await as("supervisor");
    raceArmed = true;

    const { outcomes } = await supervisor.bulkDone({ loginIds: [RACED, "wandabui"], change: { team: "Customer Service" } });

    expect(outcomes[RACED]).toEqual({ outcome: "failed", problem: "Someone else changed this user while the bulk edit ran; their change was kept." });
    expect((await supervisor.user(RACED)).team).toBe("Retention");
    // Wanda is in Customer Service already.
    expect(outcomes["wandabui"]).toEqual({ outcome: "unchanged" });
    const [record] = await auditOf(RACED);
    expect(record).toMatchObject({ action: "user.update", outcome: "refused", status: 409 });
  });

  it("fails a login the platform does not know, saying so", async () => {
    const supervisor = await as("supervisor");
    const { outcomes } = await supervisor.bulkDone({ loginIds: ["no.such.user"], change: { disabled: false } });
    expect(outcomes).toEqual({ "no.such.user": { outcome: "failed", problem: "No user named “no.such.user”." } });
  });

  it("refuses a request without a change, with a login twice or with more than 1,000, naming the field", async () => {
    const supervisor = await as("supervisor");
    expect(expectProblem(await supervisor.bulk({ loginIds: ["eric.chen"], change: {} }), 400).errors?.[0]?.field).toBe("change");
    expect(expectProblem(await supervisor.bulk({ loginIds: ["eric.chen", "Eric.Chen"], change: { disabled: true } }), 400).errors?.[0]?.field).toBe("loginIds");
    const many = Array.from({ length: 1001 }, (_, i) => `user${i}`);
    expect(expectProblem(await supervisor.bulk({ loginIds: many, change: { disabled: true } }), 400).errors?.[0]?.field).toBe("loginIds");
    expect(expectProblem(await supervisor.bulk({ loginIds: ["eric.chen"], change: { setSkills: { Support: 101 } } }), 400).errors?.[0]?.field).toBe("change.setSkills.Support");
  });

  it.each(["viewer", "helpdesk"] as const)("is refused to %s", async (role) => {
    const caller = await as(role);
    expectProblem(await caller.bulk({ loginIds: ["eric.chen"], change: { disabled: true } }), 403);
  });
});

describe("POST /api/users/bulk on Genesys", () => {
  it("answers 400 naming the team, which Genesys does not let change", async () => {
    const g = await startGenesysHarness();
    try {
      const { agent, csrfToken } = await g.signIn("supervisor");
      const res = await agent
        .post("/api/users/bulk")
        .set(SAME_ORIGIN)
        .set("X-CSRF-Token", csrfToken)
        .send({ loginIds: ["eric.chen"], change: { team: "Sales", setSkills: { Support: 10 } } });
      const problem = expectProblem(res, 400);
      expect(problem.errors).toEqual([{ field: "change.team", message: "This contact center (genesys) does not let team change after the user is created." }]);
    } finally {
      await g.close();
    }
  });
});
