import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JobSchema } from "@switchboard/contracts";
import { SAME_ORIGIN, startHarness, type Harness } from "./harness.ts";
import { waitForJob } from "./job-polling.ts";
import { expectProblem } from "./security/support.ts";

let h: Harness;
let location: string;
beforeAll(async () => {
  h = await startHarness();
  // A job started by the helpdesk account.
  const { agent, csrfToken } = await h.signIn("helpdesk");
  const res = await agent.post("/api/locks/scan").set(SAME_ORIGIN).set("X-CSRF-Token", csrfToken);
  location = String(res.headers["location"]);
  await waitForJob(agent, location);
});
afterAll(async () => h.close());

describe("GET /api/jobs/:id", () => {
  it("shows the job to the account that started it", async () => {
    const { agent } = await h.signIn("helpdesk");
    const res = await agent.get(location);
    expect(res.status).toBe(200);
    expect(JobSchema.parse(res.body)).toMatchObject({ kind: "locks.scan", state: "succeeded" });
  });

  it("shows any job to an admin", async () => {
    const { agent } = await h.signIn("admin");
    expect((await agent.get(location)).status).toBe(200);
  });

  it.each(["viewer", "supervisor"] as const)("answers %s, who did not start it, 404 as for no job at all", async (role) => {
    const { agent } = await h.signIn(role);
    const problem = expectProblem(await agent.get(location), 404);
    const none = expectProblem(await agent.get("/api/jobs/no-such-job"), 404);
    expect(problem.detail).toBe(none.detail);
  });

  it("answers 404 for an id no job has", async () => {
    const { agent } = await h.signIn("admin");
    expectProblem(await agent.get("/api/jobs/no-such-job"), 404);
  });

  it("answers 401 without a session", async () => {
    expectProblem(await h.request().get(location), 401);
  });
});
