import type { Permission, PlatformOperation } from "@switchboard/contracts";
import type { QueryClient } from "@tanstack/react-query";
import type { ComponentType } from "react";
import {
  redirect,
  type LoaderFunction,
  type RouteObject,
  type ShouldRevalidateFunction,
} from "react-router";
import { paths } from "@/config/paths";
import { requiresPermission } from "./route-permission";
import * as root from "./routes/root";
import type { SignedInArea } from "./signed-in-area";

/**
 * Loads (once) and starts the signed-in area: TanStack Query, the api-client, the contracts. Only
 * types of it are imported here, so that the sign-in page's code stays without them (decision 008).
 */
export type LoadSignedInArea = () => Promise<SignedInArea>;

/** What a lazy route module may export; loaders get the query client they prefetch into. */
type RouteModule = {
  clientLoader?: (queryClient: QueryClient) => LoaderFunction;
  shouldRevalidate?: ShouldRevalidateFunction;
  default: ComponentType;
};

/** A signed-in page: its module and the signed-in area load side by side. */
function load(loadArea: LoadSignedInArea, importModule: () => Promise<RouteModule>, permission?: Permission, operation?: PlatformOperation) {
  return async () => {
    const [area, { clientLoader, shouldRevalidate, default: Component }] = await Promise.all([
      loadArea(),
      importModule(),
    ]);
    const loader = clientLoader?.(area.queryClient);
    return {
      Component,
      ...(loader && { loader: permission ? onlyWith(area, permission, operation, loader) : loader }),
      ...(shouldRevalidate && { shouldRevalidate }),
    };
  };
}

/**
 * A role without the permission asks for none of the page's data (the BFF would answer 403), nor
 * does anyone on a platform without the page's operation.
 */
function onlyWith(
  area: SignedInArea,
  permission: Permission,
  operation: PlatformOperation | undefined,
  loader: LoaderFunction,
): LoaderFunction {
  return (args) => (area.holds(permission) && (!operation || area.supports(operation)) ? loader(args) : null);
}

/**
 * A page for the roles that hold `permission` and, with `operation`, for platforms that have it.
 * The others see "You don't have access to this page" or "Not available on this contact center
 * platform" in its place, inside the shell (the signed-in layout's PermittedOutlet reads the handle).
 */
function restricted(
  loadArea: LoadSignedInArea,
  path: string,
  permission: Permission,
  importModule: () => Promise<RouteModule>,
  operation?: PlatformOperation,
): RouteObject {
  return { path, handle: requiresPermission(permission, operation), lazy: load(loadArea, importModule, permission, operation) };
}

/**
 * Every route; each page's code is its own chunk. The sign-in page loads neither the directory's
 * code nor the signed-in area's (TanStack Query, axios, zod): those come with the first signed-in
 * route.
 */
export function createAppRoutes(loadArea: LoadSignedInArea): RouteObject[] {
  return [
    {
      id: "root",
      Component: root.RootLayout,
      ErrorBoundary: root.RootErrorBoundary,
      HydrateFallback: root.RootFallback,
      loader: root.clientLoader,
      shouldRevalidate: () => false,
      children: [
        {
          path: paths.signIn.path,
          lazy: async () => {
            const { clientLoader, default: Component } = await import("./routes/sign-in");
            return { loader: clientLoader, Component };
          },
        },
        {
          id: "signed-in",
          middleware: [async (args, next) => (await loadArea()).requireSession(args, next)],
          lazy: async () => {
            const [area, layout] = await Promise.all([loadArea(), import("./routes/app/layout")]);
            return { Component: area.provide(layout.default), shouldRevalidate: layout.shouldRevalidate };
          },
          children: [
            // The loader redirects before anything renders; the empty Component only says so.
            { index: true, loader: () => redirect(paths.directory.getHref()), Component: () => null },
            { path: paths.directory.path, lazy: load(loadArea, () => import("./routes/app/directory")) },
            restricted(loadArea, paths.users.path, "readDirectory", () => import("./routes/app/users")),
            restricted(loadArea, paths.skills.path, "readSkillsCoverage", () => import("./routes/app/skills")),
            restricted(loadArea, paths.newUser.path, "createUser", () => import("./routes/app/new-user"), "createUser"),
            restricted(loadArea, paths.importUsers.path, "importUsers", () => import("./routes/app/import-users"), "getUser"),
            { path: paths.user.path, lazy: load(loadArea, () => import("./routes/app/user")) },
            restricted(loadArea, paths.teams.path, "readTeams", () => import("./routes/app/teams"), "listTeams"),
            restricted(loadArea, paths.accessNumbers.path, "readAccessNumbers", () => import("./routes/app/access-numbers"), "listAccessNumbers"),
            restricted(loadArea, paths.locks.path, "unlock", () => import("./routes/app/locks"), "getLockState"),
            restricted(loadArea, paths.accounts.path, "manageAccounts", () => import("./routes/app/accounts")),
            restricted(loadArea, paths.audit.path, "readAudit", () => import("./routes/app/audit")),
            { path: "*", lazy: load(loadArea, () => import("./routes/app/not-found")) },
          ],
        },
      ],
    },
  ];
}

/**
 * Loads the signed-in area once, the first time a signed-in route asks; a failed download (a
 * deploy replaced the chunk) is tried again on the next navigation.
 */
export function loadOnce(start: () => Promise<SignedInArea>): LoadSignedInArea {
  let area: Promise<SignedInArea> | undefined;
  return () => {
    area ??= start().catch((error: unknown) => {
      area = undefined;
      throw error;
    });
    return area;
  };
}
