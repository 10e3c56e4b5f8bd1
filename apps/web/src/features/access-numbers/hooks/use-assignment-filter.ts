import type { AccessNumberAssignment } from "@switchboard/contracts";
import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { parseAssignment } from "../utils/access-number-labels";

/**
 * The type filter, kept in the address (`?type=unassigned`). `query` is what the search box
 * shows now, written along with it (see useReplaceSearchParams).
 */
export function useAssignmentFilter(
  query: string,
): [AccessNumberAssignment | undefined, (assignment: AccessNumberAssignment | undefined) => void] {
  const [searchParams] = useSearchParams();
  const replaceParams = useReplaceSearchParams();
  const assignment = parseAssignment(searchParams.get("type"));
  const setAssignment = useCallback(
    (next: AccessNumberAssignment | undefined) => replaceParams({ type: next, q: query || undefined }),
    [query, replaceParams],
  );
  return [assignment, setAssignment];
}
