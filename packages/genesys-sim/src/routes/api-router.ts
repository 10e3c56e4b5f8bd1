import express, { type Router } from "express";
import { GwsError, STATUS } from "../errors.ts";
import { ENDPOINTS } from "../faults/endpoints.ts";
import { handleApiError } from "../http/error-handler.ts";
import { sendError } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";
import { registerSkillAndDeviceRoutes } from "./skill-device-routes.ts";
import { registerUserRoutes } from "./user-routes.ts";

const KNOWN_PATHS = [...new Set(ENDPOINTS.map((name) => name.slice(name.indexOf(" ") + 1)))];

/** Everything under `{contextPath}/api/v2`. */
export function createApiRouter(state: SimState): Router {
  const router = express.Router({ caseSensitive: true });
  registerUserRoutes(router, state);
  registerSkillAndDeviceRoutes(router, state);
  // A path the API has, with a method it does not (assumed: Spring's 405, in the GWS envelope).
  router.all(KNOWN_PATHS, (req, res) => {
    sendError(state, res, new GwsError(STATUS.invalidState, `Request method '${req.method}' not supported`), 405);
  });
  router.use((_req, res) => {
    state.calls.record("unknown");
    sendError(state, res, new GwsError(STATUS.notFound, "Resource not found"));
  });
  router.use(handleApiError(state));
  return router;
}
