import type { Permission } from "@switchboard/contracts";
import type { QueryClient } from "@tanstack/react-query";
import type { ComponentType } from "react";
import {
  createBrowserRouter,
  redirect,
  type DataRouter,
  type LoaderFunction,
  type MiddlewareFunction,
  type RouteObject,
  type ShouldRevalidateFunction,
} from "react-router";
import { paths } from "@/config/paths";
import { configureApiClient } from "@/lib/api-client";
import { sessionQueryOptions } from "@/features/session/api/get-session";
import { requiresPermission } from "./route-permission";
import * as root from "./routes/root";

/** What a lazy route module may export; loaders get the query client they prefetch into. */
type RouteModule = {
  clientLoader?: (queryClient: QueryClient) => LoaderFunction;
  shouldRevalidate?: ShouldRevalidateFunction;
  default: ComponentType;
};

function load(queryClient: QueryClient, importModule: () => Promise<RouteModule>, permission?: Permission) {
  return async () => {
    const { clientLoader, shouldRevalidate, default: Component } = await importModule();
    const loader = clientLoader?.(queryClient);
    return {
      Component,
      ...(loader && { loader: permission ? onlyWith(queryClient, permission, loader) : loader }),
      ...(shouldRevalidate && { shouldRevalidate }),
    };
  };
}

/** A role without the permission asks for none of the page's data (the BFF would answer 403). */
function onlyWith(queryClient: QueryClient, permission: Permission, loader: LoaderFunction): LoaderFunction {
  return (args) => {
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    return session?.permissions.includes(permission) ? loader(args) : null;
  };
}

/**
 * A page for the roles that hold `permission`. The others see "You don't have access to this page"
 * in its place, inside the shell (the signed-in layout's PermittedOutlet reads the handle).
 */
function restricted(
  queryClient: QueryClient,
  path: string,
  permission: Permission,
  importModule: () => Promise<RouteModule>,
): RouteObject {
  return { path, handle: requiresPermission(permission), lazy: load(queryClient, importModule, permission) };
}

/**
 * Runs before any loader of the signed-in area, on every navigation into it: no session, no page
 * (and no request for its data). Cached after sign-in; sign-out and a 401 clear the cache, so Back
 * after signing out asks the BFF again and lands on the sign-in page.
 */
function requireSession(queryClient: QueryClient): MiddlewareFunction {
  return async ({ request }) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (!session) {
      const url = new URL(request.url);
      const here = `${url.pathname}${url.search}`;
      throw redirect(paths.signIn.getHref(here === paths.home.path ? undefined : here));
    }
  };
}

/** Every route; each page's code is its own chunk, so the sign-in page loads no directory code. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: "root",
      Component: root.RootLayout,
      ErrorBoundary: root.RootErrorBoundary,
      HydrateFallback: root.RootFallback,
      loader: root.clientLoader(queryClient),
      shouldRevalidate: () => false,
      children: [
        { path: paths.signIn.path, lazy: load(queryClient, () => import("./routes/sign-in")) },
        {
          id: "signed-in",
          middleware: [requireSession(queryClient)],
          lazy: load(queryClient, () => import("./routes/app/layout")),
          children: [
            // The loader redirects before anything renders; the empty Component only says so.
            { index: true, loader: () => redirect(paths.directory.getHref()), Component: () => null },
            { path: paths.directory.path, lazy: load(queryClient, () => import("./routes/app/directory")) },
            restricted(queryClient, paths.users.path, "readDirectory", () => import("./routes/app/users")),
            restricted(queryClient, paths.newUser.path, "createUser", () => import("./routes/app/new-user")),
            { path: paths.user.path, lazy: load(queryClient, () => import("./routes/app/user")) },
            restricted(queryClient, paths.teams.path, "readTeams", () => import("./routes/app/teams")),
            restricted(queryClient, paths.accessNumbers.path, "readAccessNumbers", () => import("./routes/app/access-numbers")),
            restricted(queryClient, paths.accounts.path, "manageAccounts", () => import("./routes/app/accounts")),
            restricted(queryClient, paths.audit.path, "readAudit", () => import("./routes/app/audit")),
            { path: "*", lazy: load(queryClient, () => import("./routes/app/not-found")) },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient): DataRouter {
  return createBrowserRouter(createAppRoutes(queryClient));
}

/**
 * Gives the API client the session's CSRF token (from the query cache, memory only) and what to
 * do when the session is gone: forget everything and ask for a sign-in, coming back here after.
 */
export function connectApiClient(queryClient: QueryClient, router: DataRouter): void {
  configureApiClient({
    getCsrfToken: () => queryClient.getQueryData(sessionQueryOptions().queryKey)?.csrfToken,
    onUnauthorized: () => {
      const { location, navigation } = router.state;
      const here = navigation.location ?? location;
      if (here.pathname === paths.signIn.path) return;
      queryClient.clear();
      void router.navigate(paths.signIn.getHref(`${here.pathname}${here.search}${here.hash}`), {
        replace: true,
      });
    },
    // The role may have changed since the session was read: ask again, so the navigation and the
    // pages follow it.
    onForbidden: () => void queryClient.invalidateQueries({ queryKey: sessionQueryOptions().queryKey }),
  });
}
