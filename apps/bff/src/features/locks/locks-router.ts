import { Router } from "express";
import type { LockState } from "@switchboard/contracts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { recordChanges, type Audited } from "../../audit/audited.ts";
import { auditedLoginId, loginIdOf } from "../../http/login-id-param.ts";
import { answerJobStarted } from "../../jobs/jobs-router.ts";
import type { LockScanService } from "./lock-scan-service.ts";
import type { LocksService } from "./locks-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

export interface LocksRouterDeps {
  service: LocksService;
  scans: LockScanService;
  audited: Audited;
  requires: RequireOperation;
}

/**
 * A user's lockout: read by every role that may read the user (docs/decisions/005), cleared by
 * helpdesk and up, who may also scan the whole tenant for locked accounts. Two routers, for the two
 * areas of the API they live in: `user` under `/users` (`/users/:loginId/lock`), `scans` under `/locks`.
 */
export function createLocksRouters(deps: LocksRouterDeps): { user: Router; scans: Router } {
  const router = Router();

  router.get("/:loginId/lock", authorize("readUser"), deps.requires("getLockState"), async (req, res) => {
    const state: LockState = await deps.service.getLockState(loginIdOf(req), authOf(req).teams);
    res.json(state);
  });

  router.delete("/:loginId/lock", deps.audited("user.unlock", { target: auditedLoginId }), authorize("unlock"), deps.requires("unlock"), async (req, res) => {
    const { state, changes } = await deps.service.unlockUser(loginIdOf(req), authOf(req).teams);
    recordChanges(res, changes);
    const body: LockState = state;
    res.json(body);
  });

  // "Locked right now": a job that reads every user's lock state (docs/decisions/018-jobs.md).
  const scans = Router();
  scans.post("/scan", deps.audited("locks.scan"), authorize("unlock"), deps.requires("getLockState"), async (req, res) => {
    answerJobStarted(res, await deps.scans.startScan(authOf(req)));
  });

  return { user: router, scans };
}
