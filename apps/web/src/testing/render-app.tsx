import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, type DataRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AppProviders } from "@/app/providers";
import { createAppRoutes } from "@/app/router";
import { createSignedInArea } from "@/app/signed-in-area";
import { cancelSearchParamWritesOnNavigation } from "@/hooks/use-search-param-state";
import { createQueryClient } from "@/lib/query-client";

/**
 * The whole SPA at `url`, as main.tsx composes it, with the router in memory. Failed loads are not
 * retried, unless a test is about the app's own retry policy (`retryPolicy: "app"`).
 */
export function renderApp(url: string, { retryPolicy = "none" }: { retryPolicy?: "none" | "app" } = {}) {
  const queryClient = createQueryClient();
  if (retryPolicy === "none") queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 60_000 } });
  const area = createSignedInArea(queryClient, () => router);
  const router: DataRouter = createMemoryRouter(createAppRoutes(async () => area), { initialEntries: [url] });
  cancelSearchParamWritesOnNavigation(router);
  const user = userEvent.setup();
  const view = render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const currentUrl = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, user, router, queryClient, currentUrl };
}
