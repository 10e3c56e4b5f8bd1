import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { parseUserSort, userSortParams, type UserSort } from "../utils/users-table-sort";

/**
 * The table's sort, kept in the address (`?sort=extension&dir=desc`) so that a sorted, searched
 * list can be bookmarked and shared. `query` is what the search box shows now, written along
 * with the sort (see useReplaceSearchParams).
 */
export function useUsersTableSort(query: string): [UserSort, (sort: UserSort) => void] {
  const [searchParams] = useSearchParams();
  const replaceParams = useReplaceSearchParams();
  const sortParam = searchParams.get("sort") ?? "";
  const dirParam = searchParams.get("dir") ?? "";
  const sort = useMemo(() => parseUserSort(new URLSearchParams({ sort: sortParam, dir: dirParam })), [sortParam, dirParam]);
  const setSort = useCallback(
    (next: UserSort) => replaceParams({ ...userSortParams(next), q: query || undefined }),
    [query, replaceParams],
  );
  return [sort, setSort];
}
