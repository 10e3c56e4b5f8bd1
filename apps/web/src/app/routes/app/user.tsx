import type { QueryClient } from "@tanstack/react-query";
import { Link, useParams, type LoaderFunctionArgs } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { Spinner } from "@/components/ui/spinner";
import { paths } from "@/config/paths";
import { lockStateQueryOptions } from "@/features/locks/api/get-lock-state";
import { LockStatus } from "@/features/locks/components/lock-status";
import { sessionQueryOptions } from "@/features/session/api/get-session";
import { usePermissions } from "@/features/session/hooks/use-permissions";
import { userQueryOptions, useUser } from "@/features/users/api/get-user";
import { LoginInfoPanel } from "@/features/users/components/login-info-panel";
import { SignInStatus } from "@/features/users/components/sign-in-status";
import { UserProfile } from "@/features/users/components/user-profile";
import { isNotFound, UserUnavailable } from "@/features/users/components/user-unavailable";
import { displayNameOf } from "@/features/users/utils/display-name";
import { revalidateOnPathChange } from "@/lib/route-revalidation";

/** Starts both downloads without holding the page: it shows its own loading states. */
export function clientLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const loginId = params["loginId"] ?? "";
    void queryClient.prefetchQuery(userQueryOptions(loginId));
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    if (session?.capabilities.operations.includes("getLockState")) void queryClient.prefetchQuery(lockStateQueryOptions(loginId));
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

/** One user, as the helpdesk needs them on a call: can they sign in, and if not, why. */
export default function UserRoute() {
  const loginId = useParams()["loginId"] ?? "";
  const user = useUser(loginId);
  const { can, supports } = usePermissions();
  const name = user.data ? displayNameOf(user.data) : undefined;
  // One h1 in every state, so the focus it takes after a navigation survives the data arriving.
  const heading = name ?? (user.isError && isNotFound(user.error) ? "No such user" : loginId);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-2 text-sm">
          <Link to={paths.directory.getHref()} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Directory
          </Link>
          <span aria-hidden="true" className="px-2 text-slate-500">
            /
          </span>
          <span aria-current="page" className="text-slate-700">
            {loginId}
          </span>
        </nav>
        <PageHeading title={heading} />
        {user.data && (
          <p className="mt-1 text-slate-700">
            {[user.data.loginId, user.data.team, user.data.extension && `ext. ${user.data.extension}`].filter(Boolean).join(" · ")}
          </p>
        )}
      </div>
      {user.isPending && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
          <Spinner />
          Loading the user…
        </p>
      )}
      {user.isError && !user.data && (
        <UserUnavailable error={user.error} isRetrying={user.isFetching} onRetry={() => void user.refetch()} />
      )}
      {user.data && name && (
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <div className="flex flex-col gap-6">
            <SignInStatus
              user={user.data}
              canResetPassword={can("resetPassword") && supports("resetPassword")}
              lock={
                supports("getLockState") && (
                  <LockStatus loginId={loginId} displayName={name} canUnlock={can("unlock") && supports("unlock")} />
                )
              }
            />
            {user.data.loginInfo !== undefined && <LoginInfoPanel loginInfo={user.data.loginInfo} />}
          </div>
          <UserProfile user={user.data} />
        </div>
      )}
    </div>
  );
}
