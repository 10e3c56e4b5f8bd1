// First: zod's configuration must be in place before the contracts (below) build their schemas.
import "@/lib/zod-config";
import type { Permission, PlatformOperation } from "@switchboard/contracts";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { redirect, type DataRouter, type MiddlewareFunction } from "react-router";
import { paths } from "@/config/paths";
import { sessionQueryOptions } from "@/features/session/api/get-session";
import { configureApiClient } from "@/lib/api-client";
import { createQueryClient } from "@/lib/query-client";
import { followUserChanges } from "@/features/user-index/api/get-user-index";

/**
 * What the signed-in pages stand on: TanStack Query, the axios api-client and the zod contracts.
 * The sign-in page needs none of it, so the router loads this module with the first signed-in
 * route, not before (decision 008).
 */
export type SignedInArea = {
  queryClient: QueryClient;
  /** Runs before any loader of the signed-in area: no session, no page (and no request for its data). */
  requireSession: MiddlewareFunction;
  /** Whether the signed-in role holds `permission` (from the session already read). */
  holds: (permission: Permission) => boolean;
  /** Whether the platform behind the BFF has `operation` (the session's capabilities). */
  supports: (operation: PlatformOperation) => boolean;
  /** The signed-in layout inside the query client's provider. */
  provide: (Layout: ComponentType) => ComponentType;
};

export function createSignedInArea(queryClient: QueryClient, getRouter: () => DataRouter): SignedInArea {
  connectApiClient(queryClient, getRouter);
  followUserChanges(queryClient);
  const sessionKey = sessionQueryOptions().queryKey;
  return {
    queryClient,
    // Cached after sign-in; sign-out and a 401 clear the cache, so Back after signing out asks the
    // BFF again and lands on the sign-in page. A cached "no session" is asked again too: the
    // sign-in page signs in without this cache (it does not load it).
    requireSession: async ({ request }) => {
      const cached = queryClient.getQueryData(sessionKey);
      const session = cached ?? (await queryClient.fetchQuery({ ...sessionQueryOptions(), staleTime: 0 }));
      if (!session) {
        const url = new URL(request.url);
        const here = `${url.pathname}${url.search}`;
        throw redirect(paths.signIn.getHref(here === paths.home.path ? undefined : here));
      }
    },
    holds: (permission) => queryClient.getQueryData(sessionKey)?.permissions.includes(permission) ?? false,
    supports: (operation) => queryClient.getQueryData(sessionKey)?.capabilities.operations.includes(operation) ?? false,
    provide: (Layout) =>
      function SignedInProviders() {
        return (
          <QueryClientProvider client={queryClient}>
            <Layout />
          </QueryClientProvider>
        );
      },
  };
}

/** The area as the app starts it: its own query client, wired to the app's router. */
export function startSignedInArea(getRouter: () => DataRouter): SignedInArea {
  return createSignedInArea(createQueryClient(), getRouter);
}

/**
 * Gives the API client the session's CSRF token (from the query cache, memory only) and what to
 * do when the session is gone: forget everything and ask for a sign-in, coming back here after.
 */
function connectApiClient(queryClient: QueryClient, getRouter: () => DataRouter): void {
  const sessionKey = sessionQueryOptions().queryKey;
  configureApiClient({
    getCsrfToken: () => queryClient.getQueryData(sessionKey)?.csrfToken,
    onUnauthorized: () => {
      const router = getRouter();
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
    onForbidden: () => void queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
