import type { Router } from "express";
import { requireBearer } from "../auth/require-bearer.ts";
import { endpoint } from "../faults/endpoint-middleware.ts";
import { parseJsonBody, requireJson } from "../http/json-body.ts";
import { pathParam } from "../http/path-param.ts";
import { sendJson, sendOk } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";
import { parseCreateUser, parseUpdateUser } from "../wire/user-body.ts";
import { renderUser } from "../wire/user-view.ts";

/** `POST /user`, `GET|PUT|DELETE /user/{username}`, as the collection's Users folder shows them. */
export function registerUserRoutes(router: Router, state: SimState): void {
  const auth = requireBearer(state);

  router.post("/user", endpoint(state, "POST /user"), auth, requireJson, parseJsonBody, (req, res) => {
    state.tenant.createUser(parseCreateUser(req.body));
    sendOk(res);
  });

  router.get("/user/:username", endpoint(state, "GET /user/:username"), auth, (req, res) => {
    sendJson(res, 200, renderUser(state.tenant.getUser(pathParam(req, "username"))));
  });

  router.put("/user/:username", endpoint(state, "PUT /user/:username"), auth, requireJson, parseJsonBody, (req, res) => {
    state.tenant.updateUser(pathParam(req, "username"), parseUpdateUser(req.body));
    sendOk(res);
  });

  router.delete("/user/:username", endpoint(state, "DELETE /user/:username"), auth, (req, res) => {
    state.tenant.deleteUser(pathParam(req, "username"));
    sendOk(res);
  });
}
