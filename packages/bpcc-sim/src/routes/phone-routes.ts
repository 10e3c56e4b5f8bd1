import type { Router } from "express";
import { requireBearer } from "../auth/require-bearer.ts";
import { endpoint } from "../faults/endpoint-middleware.ts";
import { sendJson } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";

/** `GET /team`, `GET /phone/user`, `GET /phone/ext`: lists, served from bodies the tenant keeps serialized. */
export function registerListRoutes(router: Router, state: SimState): void {
  const auth = requireBearer(state);

  router.get("/team", endpoint(state, "GET /team"), auth, (_req, res) => {
    sendJson(res, 200, state.tenant.teamsJson());
  });

  router.get("/phone/user", endpoint(state, "GET /phone/user"), auth, (_req, res) => {
    sendJson(res, 200, state.tenant.directoryJson());
  });

  router.get("/phone/ext", endpoint(state, "GET /phone/ext"), auth, (_req, res) => {
    sendJson(res, 200, state.tenant.accessNumbersJson());
  });
}
