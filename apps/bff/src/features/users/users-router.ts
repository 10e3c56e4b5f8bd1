import { Router, type Request } from "express";
import {
  CreateUserRequestSchema,
  roleCan,
  UpdateUserRequestSchema,
  UserHistoryQuerySchema,
  type CreateUserResponse,
  type User,
  type UserHistory,
} from "@switchboard/contracts";
import { z } from "zod";
import { AppError } from "../../errors/app-error.ts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { recordChanges, type Audited } from "../../audit/audited.ts";
import { auditedLoginId, loginIdOf } from "../../http/login-id-param.ts";
import type { UsersService } from "./users-service.ts";
import type { RequireOperation } from "../../platform/require-operation.ts";

export interface UsersRouterDeps {
  service: UsersService;
  audited: Audited;
  requires: RequireOperation;
}

const NamedLoginSchema = z.object({ loginId: z.string() });

/** The login a create names, for its audit record: unchecked yet, so only a bounded slice of it. */
function loginIdInBody(req: Request): string | undefined {
  const named = NamedLoginSchema.safeParse(req.body);
  return named.success ? named.data.loginId.trim().slice(0, 256) : undefined;
}

/**
 * The contact center's users: read (everyone), change skills, team and flags (supervisor and up),
 * create and delete (admin), and a user's history from the audit trail (supervisor and up). Each
 * change records what was attempted first, so a refused or failed one still says what it tried, and
 * then, once done, what it changed (before → after).
 */
export function createUsersRouter(deps: UsersRouterDeps): Router {
  const { service, audited, requires } = deps;
  const router = Router();

  router.get("/:loginId", authorize("readUser"), requires("getUser"), async (req, res) => {
    const user: User = await service.getUser(loginIdOf(req), authOf(req));
    res.json(user);
  });

  router.post("/", audited("user.create", { target: loginIdInBody }), authorize("createUser"), requires("createUser"), async (req, res) => {
    const request = CreateUserRequestSchema.parse(req.body);
    const { password: _secret, ...attempted } = request;
    recordChanges(res, { after: attempted });
    const { response, changes } = await service.createUser(request);
    recordChanges(res, changes);
    const body: CreateUserResponse = response;
    res.status(201).location(`/api/users/${encodeURIComponent(response.loginId)}`).json(body);
  });

  router.patch("/:loginId", audited("user.update", { target: auditedLoginId }), authorize("editUser"), requires("updateUser"), async (req, res) => {
    const loginId = loginIdOf(req);
    const request = UpdateUserRequestSchema.parse(req.body);
    // Roles can make someone an admin of the platform: supervisors edit users, only admins their roles.
    if (request.roles !== undefined && !roleCan(authOf(req).role, "editUserRoles")) {
      throw AppError.forbidden("Only an admin may change a user's roles.");
    }
    const { expected, ...attempted } = request;
    recordChanges(res, { before: expected, after: attempted });
    const { user, changes } = await service.updateUser(loginId, request, authOf(req).teams);
    recordChanges(res, changes);
    const body: User = service.visibleTo(authOf(req).role, user);
    res.json(body);
  });

  router.delete("/:loginId", audited("user.delete", { target: auditedLoginId }), authorize("deleteUser"), requires("deleteUser"), async (req, res) => {
    const { changes } = await service.deleteUser(loginIdOf(req));
    recordChanges(res, changes);
    res.status(204).end();
  });

  router.get("/:loginId/history", authorize("readUserHistory"), async (req, res) => {
    const history: UserHistory = await service.listHistory(loginIdOf(req), UserHistoryQuerySchema.parse(req.query), authOf(req).teams);
    res.json(history);
  });

  return router;
}
