import type { QueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { directoryQueryOptions, useDirectory } from "@/features/directory/api/get-directory";
import { LockedRightNow } from "@/features/locks/components/locked-right-now";
import { UserTeam } from "@/features/users/components/user-team";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { displayNameOf } from "@/lib/display-name";
import { revalidateOnPathChange } from "@/lib/route-revalidation";
import { useSearchParams } from "react-router";

/** The names come from the directory: fetched while the person reads the page. */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(directoryQueryOptions());
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

export default function LocksRoute() {
  const [searchParams] = useSearchParams();
  const replaceSearchParams = useReplaceSearchParams();
  const directory = useDirectory();
  const names = useMemo(() => new Map(directory.data?.map((entry) => [entry.loginId, displayNameOf(entry)])), [directory.data]);
  const nameOf = useCallback((loginId: string) => names.get(loginId) ?? loginId, [names]);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading title={paths.locks.title} />
        <p className="mt-1 text-slate-700">Who is locked out of the contact center after too many failed sign-ins, to unlock them.</p>
      </div>
      <LockedRightNow
        jobId={searchParams.get("job") ?? undefined}
        onScanStarted={(job) => replaceSearchParams({ job })}
        nameOf={nameOf}
        renderTeam={(loginId) => <UserTeam loginId={loginId} />}
      />
    </div>
  );
}
