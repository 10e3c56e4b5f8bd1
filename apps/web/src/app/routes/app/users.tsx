import type { QueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { directoryQueryOptions, useDirectory } from "@/features/directory/api/get-directory";
import { useSession } from "@/features/session/api/get-session";
import { usePermissions } from "@/features/session/hooks/use-permissions";
import { BulkEditBar } from "@/features/users/components/bulk-edit-bar";
import { BulkSelectionProvider } from "@/features/users/components/bulk-selection";
import { ExportUsersButton } from "@/features/users/components/export-users-button";
import { UsersTableView } from "@/features/users/components/users-table-view";
import { useUsersTableSort } from "@/features/users/hooks/use-users-table-sort";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { useSearchParamState } from "@/hooks/use-search-param-state";
import { displayNameOf } from "@/lib/display-name";
import { revalidateOnPathChange } from "@/lib/route-revalidation";

/**
 * The users are the directory's people: one download, one cache entry, shared with the Directory
 * page and the person search. Starts it without holding the page, which shows its own loading state.
 */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(directoryQueryOptions());
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

export default function UsersRoute() {
  const [query, setQuery] = useSearchParamState("q");
  const [sort, setSort] = useUsersTableSort(query);
  const directory = useDirectory();
  const bulk = useBulkEditPlace(directory.data, query);
  const { can, supports } = usePermissions();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <PageHeading title={paths.users.title} />
          <p className="mt-1 text-slate-700">Every user of the contact center. Sort by a column; open a user to see more.</p>
        </div>
        <ExportUsersButton query={query} users={directory.data} />
        {can("importUsers") && supports("getUser") && (
          <Link
            to={paths.importUsers.getHref()}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Import from CSV
          </Link>
        )}
      </div>
      <BulkSelectionProvider enabled={bulk.enabled}>
        <BulkEditBar editableFields={bulk.editableFields} jobId={bulk.jobId} nameOf={bulk.nameOf} onJobChange={bulk.setJobId} />
        <UsersTableView users={directory} query={query} onQueryChange={setQuery} sort={sort} onSortChange={setSort} />
      </BulkSelectionProvider>
    </div>
  );
}

/** Who may bulk edit here, what the platform lets change, and the bulk edit the address (`?bulk=`) shows. */
function useBulkEditPlace(people: readonly { loginId: string; firstName: string; lastName: string }[] | undefined, query: string) {
  const { can, supports } = usePermissions();
  const { data: session } = useSession();
  const [searchParams] = useSearchParams();
  const replaceSearchParams = useReplaceSearchParams();
  const names = useMemo(() => new Map(people?.map((entry) => [entry.loginId, displayNameOf(entry)])), [people]);
  return {
    enabled: can("editUser") && supports("updateUser"),
    editableFields: session?.capabilities.editableUserFields ?? [],
    jobId: searchParams.get("bulk") ?? undefined,
    // With the search box's text: its own write may still be waiting for the typing to pause.
    setJobId: useCallback((bulk: string | undefined) => replaceSearchParams({ bulk, q: query }), [replaceSearchParams, query]),
    nameOf: useCallback((loginId: string) => names.get(loginId) ?? loginId, [names]),
  };
}
