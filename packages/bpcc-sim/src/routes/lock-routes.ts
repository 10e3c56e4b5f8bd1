import type { Router } from "express";
import { requireBearer } from "../auth/require-bearer.ts";
import { endpoint } from "../faults/endpoint-middleware.ts";
import { pathParam } from "../http/path-param.ts";
import { sendJson } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";

const lockState = (lockedOut: boolean): string => JSON.stringify({ lockedOut });

/**
 * `GET|PUT /user/lock/{username}`. The PUT carries no body and no Content-Type in the
 * collection, so it must not be held to the JSON rule the other writes follow.
 */
export function registerLockRoutes(router: Router, state: SimState): void {
  const auth = requireBearer(state);

  router.get("/user/lock/:username", endpoint(state, "GET /user/lock/:username"), auth, (req, res) => {
    sendJson(res, 200, lockState(state.tenant.isLockedOut(pathParam(req, "username"))));
  });

  router.put("/user/lock/:username", endpoint(state, "PUT /user/lock/:username"), auth, (req, res) => {
    state.tenant.clearLock(pathParam(req, "username"));
    sendJson(res, 200, lockState(false));
  });
}
