import express, { type Router } from "express";
import { issueToken, parseTokenForm } from "../auth/token-route.ts";
import { endpoint } from "../faults/endpoint-middleware.ts";
import { handleApiError } from "../http/error-handler.ts";
import { sendText } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";
import { registerLockRoutes } from "./lock-routes.ts";
import { registerListRoutes } from "./phone-routes.ts";
import { registerUserRoutes } from "./user-routes.ts";

const KNOWN_PATHS = ["/oauth/token", "/user", "/user/lock/:username", "/user/:username", "/team", "/phone/user", "/phone/ext"];

/** Everything under `/configapi/v2`. */
export function createApiRouter(state: SimState): Router {
  const router = express.Router({ caseSensitive: true });
  router.post("/oauth/token", endpoint(state, "POST /oauth/token"), parseTokenForm, issueToken(state));
  // Lock routes first: `/user/lock/x` must never read as a user called `lock`.
  registerLockRoutes(router, state);
  registerUserRoutes(router, state);
  registerListRoutes(router, state);
  // A path the API has, with a method it does not: the 405 of the 5.2 specification.
  router.all(KNOWN_PATHS, (_req, res) => sendText(res, 405, "Method Not Allowed"));
  // A path it does not have: "500 Request Failed - Incorrect endpoint specification."
  router.use((_req, res) => {
    state.calls.record("unknown");
    sendText(res, 500, "Request Failed");
  });
  router.use(handleApiError);
  return router;
}
