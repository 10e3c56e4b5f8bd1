import { Router } from "express";
import type { LockState } from "@switchboard/contracts";
import { authorize } from "../../auth/authorize.ts";
import { recordChanges, type Audited } from "../../audit/audited.ts";
import { auditedLoginId, loginIdOf } from "../../http/login-id-param.ts";
import type { LocksService } from "./locks-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

export interface LocksRouterDeps {
  service: LocksService;
  audited: Audited;
  requires: RequireOperation;
}

/**
 * A user's lockout: read by every role that may read the user (docs/decisions/005), cleared by
 * helpdesk and up.
 */
export function createLocksRouter(deps: LocksRouterDeps): Router {
  const router = Router();

  router.get("/users/:loginId/lock", authorize("readUser"), deps.requires("getLockState"), async (req, res) => {
    const state: LockState = await deps.service.getLockState(loginIdOf(req));
    res.json(state);
  });

  router.delete("/users/:loginId/lock", deps.audited("user.unlock", { target: auditedLoginId }), authorize("unlock"), deps.requires("unlock"), async (req, res) => {
    const { state, changes } = await deps.service.unlockUser(loginIdOf(req));
    recordChanges(res, changes);
    const body: LockState = state;
    res.json(body);
  });

  return router;
}
