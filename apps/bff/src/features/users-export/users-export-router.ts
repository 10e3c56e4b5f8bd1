import { Router } from "express";
import { UsersExportRequestSchema } from "@switchboard/contracts";
import { recordChanges, type Audited } from "../../audit/audited.ts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { answerJobStarted } from "../../jobs/jobs-router.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";
import type { UsersExportService } from "./users-export-service.ts";

/**
 * `POST /users/export`: the users as a CSV file, made by a job (supervisor and up). No body or `{}`
 * exports everyone; `filter` the list's current filter; `loginIds` a selection. The file is then at
 * `GET /api/jobs/<id>/download`.
 */
export function createUsersExportRouter(deps: { service: UsersExportService; audited: Audited; requires: RequireOperation }): Router {
  const router = Router();
  router.post("/export", deps.audited("users.export", { target: () => "users" }), authorize("exportUsers"), deps.requires("getUser"), async (req, res) => {
    // No body at all: everyone.
    const body: unknown = req.body ?? {};
    const request = UsersExportRequestSchema.parse(body);
    const job = await deps.service.startExport(request, authOf(req));
    // The trail says what left the building: which users, and how many.
    recordChanges(res, {
      after: { ...(request.filter ? { filter: request.filter } : {}), ...(request.loginIds ? { selection: request.loginIds.length } : {}), users: job.total, job: job.id },
    });
    answerJobStarted(res, job);
  });
  return router;
}
