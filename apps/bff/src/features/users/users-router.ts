import { Router } from "express";
import type { User } from "@switchboard/contracts";
import { authOf } from "../../auth/auth-context.ts";
import { authorize } from "../../auth/authorize.ts";
import { loginIdOf } from "../../http/login-id-param.ts";
import type { UsersService } from "./users-service.ts";

export interface UsersRouterDeps {
  service: UsersService;
}

/** One user of the contact center: `GET /users/:loginId`. */
export function createUsersRouter(deps: UsersRouterDeps): Router {
  const router = Router();

  router.get("/users/:loginId", authorize("readUser"), async (req, res) => {
    const user: User = await deps.service.getUser(loginIdOf(req), authOf(req).role);
    res.json(user);
  });

  return router;
}
