import { randomBytes } from "node:crypto";
import { Router } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "../../src/auth/authorize.ts";
import { assertEveryRouteGuarded, listRoutes } from "../../src/auth/route-inventory.ts";
import { requireSession } from "../../src/auth/session-middleware.ts";
import { SAME_ORIGIN, startHarness, type Harness } from "../harness.ts";
import { ROUTES, routeName } from "./route-table.ts";
import { expectProblem, send } from "./support.ts";

// Guarantee 1: without a valid login session every /api route but health, readiness and sign-in
// answers 401 problem+json (never a redirect), and a route that names no permission cannot exist.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const needsSession = ROUTES.filter((row) => row.access.kind !== "public");

describe("the route table of these tests", () => {
  it("is exactly the routes the BFF mounts, each with the access it declares (add a row for a new route)", () => {
    const mounted = h.routes.map((r) => ({ route: routeName(r), access: r.access }));
    const tabled = ROUTES.map((r) => ({ route: routeName(r), access: r.access }));
    expect(mounted.length).toBeGreaterThan(5);
    expect(new Set(mounted.map((m) => m.route)).size).toBe(mounted.length);
    expect(mounted).toEqual(expect.arrayContaining(tabled));
    expect(tabled).toEqual(expect.arrayContaining(mounted));
  });

  it("lets only health, readiness and sign-in (password or single sign-on) be called without a session", () => {
    const open = h.routes.filter((r) => r.access?.kind === "public").map(routeName);
    expect(open.sort()).toEqual([
      "GET /api/auth/methods",
      "GET /api/auth/oidc/callback",
      "GET /api/auth/oidc/login",
      "GET /api/health",
      "GET /api/ready",
      "POST /api/session",
    ]);
  });
});

describe("without a login session", () => {
  it.each(needsSession.map((row) => [routeName(row), row] as const))("%s answers 401 problem+json, not a redirect", async (_name, row) => {
    expectProblem(await send(h.request(), row, SAME_ORIGIN), 401);
  });

  it.each(needsSession.map((row) => [routeName(row), row] as const))("%s answers 401 to a made-up session cookie", async (_name, row) => {
    const forged = { ...SAME_ORIGIN, Cookie: `switchboard_session=${randomBytes(32).toString("base64url")}` };
    expectProblem(await send(h.request(), row, forged), 401);
  });

  it("answers 401 for an /api path no route claims, whatever the method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
      expectProblem(await send(h.request(), { method, url: "/api/users/eric.chen/secrets" }, SAME_ORIGIN), 401);
    }
  });

  it("answers health and readiness", async () => {
    expect((await h.request().get("/api/health")).status).toBe(200);
    expect((await h.request().get("/api/ready")).status).toBe(200);
  });
});

describe("the guard on every route", () => {
  const mount = (build: (router: Router) => void) => {
    const router = Router();
    build(router);
    return listRoutes(router, "/api");
  };

  it("refuses to build an API with a route that declares no permission, naming it", () => {
    const routes = mount((r) => {
      r.get("/teams", authorize("readTeams"), (_req, res) => res.end());
      r.delete("/users/:loginId", (_req, res) => res.end());
    });
    expect(() => assertEveryRouteGuarded(routes)).toThrow("DELETE /api/users/:loginId");
  });

  it("does not count a permission declared after the handler that does the work", () => {
    const routes = mount((r) => r.post("/users", (_req, res) => res.end(), authorize("createUser")));
    expect(() => assertEveryRouteGuarded(routes)).toThrow("POST /api/users");
  });

  it("sees through nested routers and a router-wide authorize()", () => {
    const users = Router();
    users.use(authorize("readUser"));
    users.get("/:loginId", (_req, res) => res.end());
    const routes = mount((r) => r.use("/users", users));
    expect(routes).toEqual([
      { method: "GET", path: "/api/users/:loginId", access: { kind: "permission", permission: "readUser" }, auditAction: undefined, expressRoute: expect.any(Object) },
    ]);
    // The route object a matched request carries as req.route, by which the metrics name it.
    expect(routes[0]?.expressRoute).toBe(users.stack.at(-1)?.route);
    expect(() => assertEveryRouteGuarded(routes)).not.toThrow();
  });

  it("does not let the API-wide session check stand in for a permission", () => {
    const routes = mount((r) => {
      r.use(requireSession);
      r.get("/teams", (_req, res) => res.end());
    });
    expect(() => assertEveryRouteGuarded(routes)).toThrow("GET /api/teams");
  });

  it("cannot declare a permission the matrix does not have", () => {
    expect(() => Reflect.apply(authorize, undefined, ["deleteEverything"])).toThrow(/not in the permission matrix/);
  });
});
