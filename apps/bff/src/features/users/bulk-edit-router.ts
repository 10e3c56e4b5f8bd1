import { Router } from "express";
import { BulkEditRequestSchema } from "@switchboard/contracts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import type { Audited } from "../../audit/audited.ts";
import { answerJobStarted } from "../../jobs/jobs-router.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";
import type { BulkEditService } from "./bulk-edit-service.ts";

/**
 * `POST /users/bulk`: one change to a selection of users, as a job (supervisor and up). The
 * request's own audit record says who started it; each user changed gets a record of its own.
 */
export function createBulkEditRouter(deps: { service: BulkEditService; audited: Audited; requires: RequireOperation }): Router {
  const router = Router();
  router.post("/bulk", deps.audited("users.bulk"), authorize("editUser"), deps.requires("updateUser"), async (req, res) => {
    const request = BulkEditRequestSchema.parse(req.body);
    const { username, role, teams } = authOf(req);
    answerJobStarted(res, await deps.service.startBulkEdit(request, { username, role, teams, clientIp: req.ip ?? "unknown" }));
  });
  return router;
}
