import { Router } from "express";
import { ResetPasswordRequestSchema } from "@switchboard/contracts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { recordChanges, type Audited } from "../../audit/audited.ts";
import { auditedLoginId, loginIdOf } from "../../http/login-id-param.ts";
import type { PasswordsService } from "./passwords-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

export interface PasswordsRouterDeps {
  service: PasswordsService;
  audited: Audited;
  requires: RequireOperation;
}

/**
 * `POST /users/:loginId/password` `{password?}`: a temporary password, generated when none is given.
 * The answer is `no-store` like all of /api; the request log never holds bodies, and the audit record
 * holds "[redacted]" where the password would be.
 */
export function createPasswordsRouter(deps: PasswordsRouterDeps): Router {
  const router = Router();

  router.post("/:loginId/password", deps.audited("user.reset_password", { target: auditedLoginId }), authorize("resetPassword"), deps.requires("resetPassword"), async (req, res) => {
    const loginId = loginIdOf(req);
    const { password } = ResetPasswordRequestSchema.parse(req.body ?? {});
    const { response, changes } = await deps.service.resetPassword(loginId, password, authOf(req).teams);
    recordChanges(res, changes);
    res.json(response);
  });

  return router;
}
