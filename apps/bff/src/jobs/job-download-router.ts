import { Router } from "express";
import { authOf } from "../auth/auth-context.ts";
import { requireSession } from "../auth/session-middleware.ts";
import { AppError } from "../errors/app-error.ts";
import type { JobFileStore } from "./job-files.ts";
import type { JobRunner } from "./job-runner.ts";

const NOT_YOURS = "No such job, or not one of yours.";

/**
 * `GET /jobs/:id/download`: the file a job made (a users export), to whoever may see the job (its
 * starter and admins; anyone else the 404 of no job at all, as `GET /jobs/:id`). 409 while the job
 * runs; 404 for a job that made no file; 410 once the file is past its retention.
 */
export function createJobDownloadRouter(deps: { jobs: JobRunner; files: JobFileStore }): Router {
  const router = Router();
  router.get("/:id/download", requireSession, async (req, res) => {
    const id = String(req.params["id"]);
    const job = await deps.jobs.get(id, authOf(req));
    if (!job) throw AppError.notFound(NOT_YOURS);
    if (job.state === "running") {
      throw new AppError({ status: 409, title: "Still running", detail: "The job is still running: its file is ready once it has succeeded.", type: "/problems/job-running" });
    }
    if (job.kind !== "users.export" || job.state !== "succeeded") throw AppError.notFound("This job made no file to download.");
    const file = await deps.files.get(id);
    if (!file) {
      throw new AppError({ status: 410, title: "No longer kept", detail: "The file is no longer kept. Export again.", type: "/problems/file-expired" });
    }
    res.set("Content-Type", file.contentType);
    res.set("Content-Disposition", `attachment; filename="${file.name.replace(/["\\\r\n]/g, "_")}"`);
    res.set("Cache-Control", "no-store");
    res.send(Buffer.from(file.content));
  });
  return router;
}
