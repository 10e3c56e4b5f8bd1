import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { parseIndexFilters, type IndexFilters } from "../utils/index-filters";

/**
 * The team, skill and level band filters, kept in the address (`?team=Sales&skill=French&band=high`)
 * so that a filtered list can be bookmarked, shared, and opened from the skills coverage. `query` is
 * what the search box shows now, written along (see useReplaceSearchParams).
 */
export function useIndexFilters(query: string): [IndexFilters, (filters: IndexFilters) => void] {
  const [searchParams] = useSearchParams();
  const replaceParams = useReplaceSearchParams();
  const team = searchParams.get("team") ?? "";
  const skill = searchParams.get("skill") ?? "";
  const band = searchParams.get("band") ?? "";
  const filters = useMemo(() => parseIndexFilters(new URLSearchParams({ team, skill, band })), [team, skill, band]);
  const setFilters = useCallback(
    (next: IndexFilters) => replaceParams({ team: next.team, skill: next.skill, band: next.skill ? next.band : undefined, q: query || undefined }),
    [query, replaceParams],
  );
  return [filters, setFilters];
}
