import { memo, useDeferredValue, useMemo } from "react";
import { LoadError } from "@/components/ui/load-error";
import { StatusLine } from "@/components/ui/status-line";
import { formatCount } from "@/lib/format-count";
import { useDirectory } from "../api/get-directory";
import { directoryIndexOf, searchDirectory } from "@/lib/search-directory";
import { DirectoryList } from "./directory-list";
import { DirectorySearch } from "./directory-search";

function countPeople(count: number): string {
  return `${formatCount(count)} ${count === 1 ? "person" : "people"}`;
}

/**
 * Search and results. `query` is what the search box shows; the route keeps it in the URL.
 * Memoized: the router's own re-render after each keystroke's URL update then costs nothing here.
 */
export const Directory = memo(function Directory({
  query,
  onQueryChange,
}: {
  query: string;
  onQueryChange: (query: string) => void;
}) {
  const directory = useDirectory();
  // The first render of 20,000 people (the virtualizer measures them all) is a transition, which
  // React renders in slices between which the page stays responsive; a search keeps its own pace.
  const data = useDeferredValue(directory.data);
  const index = useMemo(() => directoryIndexOf(data), [data]);
  const shownQuery = query;
  const matches = useMemo(() => searchDirectory(index, shownQuery), [index, shownQuery]);
  const trimmed = shownQuery.trim();

  let status = "";
  if (data) {
    if (matches.length > 0) status = countPeople(matches.length);
    else if (trimmed) status = `No one matches “${trimmed}”`;
    else status = "The directory is empty.";
  } else if (directory.isPending || directory.data) {
    status = "Loading the directory…";
  }

  return (
    <div className="flex flex-col gap-4">
      <DirectorySearch value={query} onChange={onQueryChange} />
      {/* One live region for the count, the empty result and loading, present from the start so
          screen readers announce its changes (politely, after the person stops typing). */}
      <StatusLine isPending={directory.isPending}>{status}</StatusLine>
      {data ? (
        matches.length > 0 ? (
          <DirectoryList entries={matches} />
        ) : (
          trimmed && (
            <p className="text-sm text-slate-600">
              Check the spelling, or search by extension or phone number instead.
            </p>
          )
        )
      ) : directory.isError ? (
        <LoadError
          title="The directory could not be loaded"
          error={directory.error}
          isRetrying={directory.isFetching}
          onRetry={() => void directory.refetch()}
        />
      ) : (
        // Room for the list it is loading: a full screen's height, so that the footer is not pushed
        // off the screen as 20,000 people arrive (a layout shift, Lighthouse counted 0.06).
        <div aria-hidden="true" className="min-h-svh" />
      )}
    </div>
  );
});
