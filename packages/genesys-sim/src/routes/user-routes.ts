import type { Router } from "express";
import { callerOf, requireAdmin } from "../auth/guard.ts";
import { GwsError, STATUS } from "../errors.ts";
import { bodyOf, call, jsonBody, param } from "../http/request.ts";
import { sendOk } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";
import { parseListQuery, wantsSubresources } from "../wire/list-query.ts";
import { parseCreateUser, parseUpdateUser } from "../wire/user-body.ts";
import { renderUser, userUri, viewContext } from "../wire/views.ts";

/** `GET /me`, `GET|POST /users`, `GET|POST|PUT|DELETE /users/{id}`: the seed's Users API and the notes' details. */
export function registerUserRoutes(router: Router, state: SimState): void {
  router.get("/me", ...call(state, "GET /me"), (req, res) => {
    sendOk(state, res, { user: renderUser(viewContext(state, req), callerOf(state, res)) });
  });

  router.get("/users", ...call(state, "GET /users"), (req, res) => {
    const query = parseListQuery(req);
    const context = viewContext(state, req);
    const all = state.tenant.listUsers(query.sortBy);
    const paged = query.offset !== undefined || query.limit !== undefined;
    const start = query.offset ?? 0;
    const page = paged ? all.slice(start, query.limit === undefined ? undefined : start + query.limit) : all;
    const items = query.shape
      ? { users: page.map((user) => renderUser(context, user, query.shape)) }
      : { uris: page.map((user) => userUri(context, user.id)) };
    sendOk(state, res, paged ? { ...items, totalCount: all.length } : items);
  });

  router.post("/users", ...call(state, "POST /users"), jsonBody, (req, res) => {
    requireAdmin(state, res);
    const user = state.tenant.createUser(parseCreateUser(bodyOf(req)));
    const context = viewContext(state, req);
    // The documented answer: statusCode as a string, then id, path, uri.
    sendOk(state, res, { id: user.id, path: `/users/${user.id}`, uri: userUri(context, user.id) }, { documentedAsString: true });
  });

  router.get("/users/:id", ...call(state, "GET /users/:id"), (req, res) => {
    const subresources = wantsSubresources(req);
    const user = state.tenant.getUser(param(req, "id"));
    sendOk(state, res, { user: renderUser(viewContext(state, req), user, { fields: "*", subresources }) });
  });

  // The seed's operation table says POST updates; its attribute table says PUT. Both are accepted.
  for (const method of ["post", "put"] as const) {
    router[method]("/users/:id", ...call(state, method === "post" ? "POST /users/:id" : "PUT /users/:id"), jsonBody, (req, res) => {
      const id = param(req, "id");
      state.tenant.getUser(id);
      state.tenant.updateUser(id, parseUpdateUser(bodyOf(req)));
      sendOk(state, res);
    });
  }

  router.delete("/users/:id", ...call(state, "DELETE /users/:id"), (req, res) => {
    const user = state.tenant.getUser(param(req, "id"));
    if (user.id === callerOf(state, res).id) {
      throw new GwsError(STATUS.invalidState, "The calling user cannot delete itself");
    }
    state.tenant.deleteUser(user.id);
    sendOk(state, res);
  });
}
