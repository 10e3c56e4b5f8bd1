import type { Health } from "@switchboard/contracts";
import {
  isRouteErrorResponse,
  Outlet,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
  type LoaderFunctionArgs,
} from "react-router";
import { AuthLayout } from "@/components/layouts/auth-layout";
import { PageHeading } from "@/components/layouts/page-heading";
import { SkipLink } from "@/components/layouts/skip-link";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { getHealth } from "@/features/health/api/get-health";
import { DemoBanner } from "@/features/health/components/demo-banner";
import { useFocusOnNavigation } from "@/hooks/use-focus-on-navigation";
import { ApiError, getErrorMessage } from "@/lib/errors";

type RootData = { health: Health | null };

/**
 * Waits for the health answer (it is small and quick) so the demo banner is there at first paint.
 * Read once: demo mode is decided when the BFF starts (the route never revalidates).
 */
export async function clientLoader({ request }: LoaderFunctionArgs): Promise<RootData> {
  return { health: await getHealth({ signal: request.signal }) };
}

/** Whether the BFF runs in demo mode, for any page under the root route. */
export function useDemoMode(): boolean {
  return useRouteLoaderData<RootData>("root")?.health?.demo ?? false;
}

export function RootLayout() {
  useFocusOnNavigation();
  const { health } = useLoaderData<RootData>();
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <DemoBanner demo={health?.demo ?? false} />
      <Outlet />
      <ScrollRestoration />
    </div>
  );
}

/** Shown while the first page's code and data load. */
export function RootFallback() {
  return (
    <div className="flex min-h-dvh items-center justify-center gap-2 text-sm text-slate-700" role="status">
      <Spinner />
      Loading Switchboard…
    </div>
  );
}

/**
 * Last resort: a route threw. Usually the BFF could not be reached for the session check, a chunk
 * failed to download after a deploy, or a bug.
 */
export function RootErrorBoundary() {
  const error = useRouteError();
  console.error(error);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const explanation =
    error instanceof ApiError
      ? getErrorMessage(error)
      : "Switchboard hit a problem it could not recover from. Reloading the page usually helps.";
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <AuthLayout>
        <PageHeading title={notFound ? "Page not found" : "Something went wrong"} />
        <p className="text-slate-700">
          {notFound ? "There is no page at this address." : explanation}
        </p>
        <Button className="self-start" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </AuthLayout>
    </div>
  );
}
