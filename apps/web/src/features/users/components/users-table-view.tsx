import { memo, useMemo, type ReactNode } from "react";
import { LoadError } from "@/components/ui/load-error";
import { SearchField } from "@/components/ui/search-field";
import { pageSearchProps } from "@/lib/page-search";
import { StatusLine } from "@/components/ui/status-line";
import { directoryIndexOf, searchDirectory } from "@/lib/search-directory";
import type { UsersListEntry } from "../utils/index-filters";
import { sortUsers, type UserSort } from "../utils/users-table-sort";
import { UsersTable } from "./users-table";

/** The list of users as a query gives it: the app passes the directory's, with the index's team and skills. */
export type UsersSource = {
  data: readonly UsersListEntry[] | undefined;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
};

function countUsers(count: number): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? "user" : "users"}`;
}

/**
 * Search, status and the sorted table. The list is indexed once per download and sorted once per
 * sort; each keystroke then only filters, keeping the order.
 * Memoized: the router's re-render after the address catches up with the typing costs nothing.
 */
export const UsersTableView = memo(function UsersTableView({
  users,
  query,
  onQueryChange,
  sort,
  onSortChange,
  filters,
  filtered = false,
}: {
  users: UsersSource;
  query: string;
  onQueryChange: (query: string) => void;
  sort: UserSort;
  onSortChange: (sort: UserSort) => void;
  /** The team, skill and level filters, shown beside the search (UsersIndexFilters). */
  filters?: ReactNode;
  /** Whether those filters leave some users out: an empty list then says so. */
  filtered?: boolean;
}) {
  const index = useMemo(() => directoryIndexOf(users.data), [users.data]);
  const sorted = useMemo(() => sortUsers(index, sort), [index, sort]);
  const matches = useMemo(() => searchDirectory(sorted, query), [sorted, query]);
  const trimmed = query.trim();

  let status = "";
  if (users.data) {
    if (matches.length > 0) status = countUsers(matches.length);
    else if (trimmed) status = `No user matches “${trimmed}”`;
    else if (filtered) status = "No user matches these filters";
    else status = "There are no users yet.";
  } else if (users.isPending) {
    status = "Loading users…";
  }

  return (
    <div className="flex flex-col gap-4">
      <form role="search" aria-label="Users" onSubmit={(event) => event.preventDefault()} className="max-w-xl">
        <SearchField
          {...pageSearchProps}
          label="Search users"
          hint="By name, login, extension or phone number."
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </form>
      {filters}
      {/* One live region for the count, the empty result and loading, present from the start so
          screen readers announce its changes. */}
      <StatusLine isPending={users.isPending}>{status}</StatusLine>
      {users.data ? (
        matches.length > 0 ? (
          <UsersTable users={matches} sort={sort} onSortChange={onSortChange} />
        ) : (
          trimmed && (
            <p className="text-sm text-slate-600">Check the spelling, or search by extension or phone number instead.</p>
          )
        )
      ) : (
        users.error !== null &&
        !users.isPending && (
          <LoadError
            title="The users could not be loaded"
            error={users.error}
            isRetrying={users.isFetching}
            onRetry={() => void users.refetch()}
          />
        )
      )}
    </div>
  );
});
