import { match, type MatchFunction } from "path-to-regexp";
import type { RouteInfo } from "../auth/route-inventory.ts";

/** What a request's audit record and log line are called: its route's audit action and, from the path, its target. */
export interface RouteName {
  action: string;
  /** The path's parameter (`:loginId`, `:username`), decoded; null when the path has none. */
  target: string | null;
}

/**
 * Names a state-changing request that was refused before it reached its route (a foreign origin, a
 * missing CSRF token, a malformed body): by the route it was going to, read from the route inventory
 * with Express's own path matcher, so its audit record says `user.unlock` on `ann.lee`, not `http.delete`
 * on a path. Loaded once the routes exist (app.ts); until then, and for a path no route takes, undefined.
 */
export function createRouteNames() {
  let table: { method: string; matches: MatchFunction<Partial<Record<string, string | string[]>>>; action: string }[] = [];
  return {
    load(routes: readonly RouteInfo[]) {
      table = routes.flatMap((route) =>
        route.auditAction === undefined || route.path.startsWith("/^") ? [] : [{ method: route.method, matches: match(route.path), action: route.auditAction }],
      );
    },
    nameOf(method: string, path: string): RouteName | undefined {
      for (const route of table) {
        if (route.method !== method && route.method !== "ALL") continue;
        let matched: ReturnType<typeof route.matches>;
        try {
          matched = route.matches(path);
        } catch {
          // A malformed percent-encoding in the path: no route takes it.
          return undefined;
        }
        if (!matched) continue;
        const first = Object.values(matched.params)[0];
        return { action: route.action, target: typeof first === "string" ? first : null };
      }
      return undefined;
    },
  };
}
export type RouteNames = ReturnType<typeof createRouteNames>;
