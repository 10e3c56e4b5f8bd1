import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { cancelPendingSearchParamWrites } from "./use-search-param-state";

/**
 * Changes some of the address's search parameters in place (an empty value removes one), for
 * controls such as a sort or a filter: the page can be bookmarked as it looks, and Back leaves
 * it rather than stepping through every click.
 *
 * A page with a search box (use-search-param-state) passes the box's current text as well: the
 * box writes the address only once typing pauses, and a click in between would otherwise drop
 * the last letters typed.
 */
export function useReplaceSearchParams(): (changes: Record<string, string | undefined>) => void {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (changes) => {
      cancelPendingSearchParamWrites();
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) params.set(name, value);
            else params.delete(name);
          }
          return params;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setSearchParams],
  );
}
