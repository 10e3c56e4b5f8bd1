import { expect } from "vitest";
import { JobSchema, type Job } from "@switchboard/contracts";
import type supertest from "supertest";

/** Polls a job's `Location` as the SPA does, until it is no longer running. */
export async function waitForJob(agent: supertest.Agent, location: string, timeoutMs = 15_000): Promise<Job> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await agent.get(location);
    expect(res.status, res.text).toBe(200);
    const job = JobSchema.parse(res.body);
    if (job.state !== "running") return job;
    if (Date.now() > until) throw new Error(`job ${job.id} still running after ${timeoutMs} ms (${job.done} of ${job.total})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
