import type { Router } from "express";
import { z } from "zod";
import type { PlatformOperation } from "@switchboard/contracts";
import { declaredAccess, declaredAuditAction, declaredOperation, type RouteAccess } from "./route-access.ts";

export interface RouteInfo {
  /** Upper case; `ALL` for a route that answers every method. */
  method: string;
  /** The full path as mounted, e.g. `/api/users/:loginId/lock`. */
  path: string;
  access: RouteAccess | undefined;
  /** The name `audited(...)` gives the route's audit records, when it declares one. */
  auditAction: string | undefined;
  /** The platform port operation the route needs; a platform without it answers 501. */
  operation: PlatformOperation | undefined;
  /** Express's own route object, which a request that matched it carries as `req.route` (metrics name it by `path`). */
  expressRoute: object;
}

// Express keeps its routing table in undocumented fields; they are parsed, not trusted, so that an
// Express upgrade that moves them stops the app at start instead of silently guarding nothing.
const HandlerSchema = z.custom<(...args: never[]) => unknown>((value) => typeof value === "function");
const RouteLayerSchema = z.object({ method: z.string().optional(), handle: HandlerSchema });
const LayerSchema = z.object({
  rawPath: z.union([z.string(), z.array(z.string()), z.instanceof(RegExp)]).optional(),
  handle: HandlerSchema,
  route: z
    .object({ path: z.union([z.string(), z.array(z.string()), z.instanceof(RegExp)]), stack: z.array(RouteLayerSchema) })
    .optional(),
});
const StackSchema = z.array(LayerSchema);

/** A mounted router is a function with a `stack` of its own; plain middleware has none. */
function nestedStack(handle: unknown): unknown {
  return typeof handle === "function" ? Reflect.get(handle, "stack") : undefined;
}

function pathsOf(path: string | string[] | RegExp | undefined): string[] {
  if (path === undefined) return ["/"];
  if (path instanceof RegExp) return [String(path)];
  return Array.isArray(path) ? path : [path];
}

function join(prefix: string, path: string): string {
  if (path === "/" || path === "") return prefix || "/";
  return `${prefix.replace(/\/$/, "")}${path.startsWith("/") ? "" : "/"}${path}`;
}

function describeRoute(
  prefix: string,
  route: NonNullable<z.infer<typeof LayerSchema>["route"]>,
  expressRoute: object,
  inherited: RouteAccess | undefined,
): RouteInfo[] {
  const methods = [...new Set(route.stack.map((layer) => layer.method ?? "all"))];
  return methods.flatMap((method) => {
    const handlers = route.stack.filter((layer) => (layer.method ?? "all") === method || layer.method === undefined).map((l) => l.handle);
    // A declaration counts only before the last handler: the one that does the work.
    const guards = handlers.slice(0, -1);
    const access = guards.map(declaredAccess).find((a) => a !== undefined) ?? inherited;
    const auditAction = guards.map(declaredAuditAction).find((a) => a !== undefined);
    const operation = guards.map(declaredOperation).find((o) => o !== undefined);
    return pathsOf(route.path).map((path) => ({ method: method.toUpperCase(), path: join(prefix, path), access, auditAction, operation, expressRoute }));
  });
}

function walk(stack: unknown, prefix: string, inherited: RouteAccess | undefined): RouteInfo[] {
  const layers = StackSchema.parse(stack);
  const routes: RouteInfo[] = [];
  let access = inherited;
  for (const [index, layer] of layers.entries()) {
    if (layer.route) {
      // The parsed layer is a copy; the route object requests carry is the original's.
      const original: unknown = Array.isArray(stack) ? Reflect.get(Object(stack[index]), "route") : undefined;
      routes.push(...describeRoute(prefix, layer.route, typeof original === "object" && original !== null ? original : layer.route, access));
      continue;
    }
    const nested = nestedStack(layer.handle);
    if (nested !== undefined) {
      for (const path of pathsOf(layer.rawPath)) routes.push(...walk(nested, join(prefix, path), access));
      continue;
    }
    // `router.use(authorize(p))` guards what follows it in the same router; nothing else is inherited,
    // so the session check at the top of the API never passes for a permission.
    const declared = declaredAccess(layer.handle);
    if (declared?.kind === "permission" && pathsOf(layer.rawPath).every((p) => p === "/")) access = declared;
  }
  return routes;
}

/** Every route mounted under `router`, with the access it declares. */
export function listRoutes(router: Router, prefix = ""): RouteInfo[] {
  return walk(router.stack, prefix, undefined);
}

/** Refuses to build an app with a route that says nobody's role: "no entry in the matrix" means no route. */
export function assertEveryRouteGuarded(routes: readonly RouteInfo[]): void {
  const unguarded = routes.filter((route) => route.access === undefined);
  if (unguarded.length === 0) return;
  const names = unguarded.map((r) => `${r.method} ${r.path}`).join(", ");
  throw new Error(`Routes without a declared access (add authorize(permission) before the handler): ${names}`);
}
