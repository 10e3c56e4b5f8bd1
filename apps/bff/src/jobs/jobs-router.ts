import { Router, type Response } from "express";
import type { Job } from "@switchboard/contracts";
import { authOf } from "../auth/auth-context.ts";
import { requireSession } from "../auth/session-middleware.ts";
import { AppError } from "../errors/app-error.ts";
import type { JobRunner } from "./job-runner.ts";

/**
 * `GET /jobs/:id`: a job as it is now, to its starter and to admins. Anyone else gets the 404 of a
 * job that does not exist, so that a job's id says nothing about who started what.
 */
export function createJobsRouter(jobs: JobRunner): Router {
  const router = Router();
  router.get("/:id", requireSession, async (req, res) => {
    const id = String(req.params["id"]);
    const job: Job | undefined = await jobs.get(id, authOf(req));
    if (!job) throw AppError.notFound("No such job, or not one of yours.");
    res.json(job);
  });
  return router;
}

/** How a feature's POST answers a job it started: 202, `Location: /api/jobs/<id>`, the job. */
export function answerJobStarted(res: Response, job: Job): void {
  res.status(202).location(`/api/jobs/${encodeURIComponent(job.id)}`).json(job);
}
