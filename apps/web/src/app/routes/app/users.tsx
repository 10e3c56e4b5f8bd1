import type { QueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { directoryQueryOptions, useDirectory } from "@/features/directory/api/get-directory";
import { userIndexQueryOptions } from "@/features/user-index/api/get-user-index";
import { IndexFreshness } from "@/features/user-index/components/index-freshness";
import { useLiveUserIndex } from "@/features/user-index/hooks/use-live-user-index";
import { useSession } from "@/features/session/api/get-session";
import { usePermissions } from "@/features/session/hooks/use-permissions";
import { BulkEditBar } from "@/features/users/components/bulk-edit-bar";
import { BulkSelectionProvider } from "@/features/users/components/bulk-selection";
import { ExportUsersButton } from "@/features/users/components/export-users-button";
import { UsersIndexFilters } from "@/features/users/components/users-index-filters";
import { UsersTableView, type UsersSource } from "@/features/users/components/users-table-view";
import { useIndexFilters } from "@/features/users/hooks/use-index-filters";
import { useUsersTableSort } from "@/features/users/hooks/use-users-table-sort";
import { choicesOf, hasIndexFilters, joinIndex } from "@/features/users/utils/index-filters";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { useSearchParamState } from "@/hooks/use-search-param-state";
import { displayNameOf } from "@/lib/display-name";
import { revalidateOnPathChange } from "@/lib/route-revalidation";
import { useTeamChoices } from "./use-team-choices";

/**
 * The users are the directory's people: one download, one cache entry, shared with the Directory
 * page and the person search; their team and skills come from the user index, a second download the
 * skills coverage shares. Starts both without holding the page, which shows its own loading state.
 */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(directoryQueryOptions());
    void queryClient.prefetchQuery(userIndexQueryOptions());
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

export default function UsersRoute() {
  const [query, setQuery] = useSearchParamState("q");
  const [sort, setSort] = useUsersTableSort(query);
  const [filters, setFilters] = useIndexFilters(query);
  const directory = useDirectory();
  const { index, status } = useLiveUserIndex();
  const bulk = useBulkEditPlace(directory.data, query);
  const { can, supports } = usePermissions();
  const rows = index.data?.users;
  const choices = useMemo(() => choicesOf(rows), [rows]);
  const filtering = hasIndexFilters(filters);
  const joined = useMemo(() => (directory.data ? joinIndex(directory.data, rows, filters) : undefined), [directory.data, rows, filters]);
  // A filter needs the index: until it has come, the list waits for it rather than saying nobody matches.
  const waitingForIndex = filtering && !rows;
  const users: UsersSource = useMemo(
    () => ({
      data: waitingForIndex ? undefined : joined,
      isPending: directory.isPending || (waitingForIndex && index.isPending),
      isFetching: directory.isFetching || index.isFetching,
      error: directory.error ?? (waitingForIndex ? index.error : null),
      refetch: () => (directory.error ? directory.refetch() : index.refetch()),
    }),
    [waitingForIndex, joined, directory, index],
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <PageHeading title={paths.users.title} />
          <p className="mt-1 text-slate-700">Every user of the contact center. Sort by a column, filter by team or skill; open a user to see more.</p>
          <div className="mt-2">
            <IndexFreshness status={status} canRefresh={can("refreshUserIndex")} />
          </div>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <ExportUsersButton query={query} users={joined} narrowed={filtering} />
          {can("importUsers") && supports("getUser") && (
            <Link
              to={paths.importUsers.getHref()}
              className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              Import from CSV
            </Link>
          )}
        </div>
      </div>
      <BulkSelectionProvider enabled={bulk.enabled}>
        <BulkEditBar editableFields={bulk.editableFields} teams={bulk.teams} teamsUnavailable={bulk.teamsUnavailable} jobId={bulk.jobId} nameOf={bulk.nameOf} onJobChange={bulk.setJobId} />
        <UsersTableView
          users={users}
          query={query}
          onQueryChange={setQuery}
          sort={sort}
          onSortChange={setSort}
          filtered={filtering}
          filters={
            <UsersIndexFilters
              filters={filters}
              onChange={setFilters}
              teams={choices.teams}
              skills={choices.skills}
              someWithoutTeam={choices.someWithoutTeam}
              disabled={!rows}
            />
          }
        />
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
  const enabled = can("editUser") && supports("updateUser");
  const editableFields = session?.capabilities.editableUserFields ?? [];
  // "Move to team" offers the account's teams (decision 023); read only where a team can be changed.
  const teams = useTeamChoices(enabled && editableFields.includes("team") && supports("listTeams"));
  return {
    enabled,
    editableFields,
    teams: teams.names,
    teamsUnavailable: teams.isError,
    jobId: searchParams.get("bulk") ?? undefined,
    // With the search box's text: its own write may still be waiting for the typing to pause.
    setJobId: useCallback((bulk: string | undefined) => replaceSearchParams({ bulk, q: query }), [replaceSearchParams, query]),
    nameOf: useCallback((loginId: string) => names.get(loginId) ?? loginId, [names]),
  };
}
