import type { UserIndexStatus } from "@switchboard/contracts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { userIndexQueryOptions, useUserIndex } from "../api/get-user-index";
import { FILL_POLL_MS, userIndexStatusQueryOptions } from "../api/get-user-index-status";

/**
 * The index and its freshest status. While a fill runs (at the BFF's start, or after a refresh) only
 * the small status is polled; when the fill ends, the index is read again, once.
 */
export function useLiveUserIndex() {
  const queryClient = useQueryClient();
  const index = useUserIndex();
  const indexFilling = index.data?.state === "filling";
  const status = useQuery({
    ...userIndexStatusQueryOptions(),
    enabled: (query) => indexFilling || query.state.data?.state === "filling",
    refetchInterval: (query) => (query.state.data && query.state.data.state !== "filling" ? false : FILL_POLL_MS),
  });

  const polled = status.data;
  const fillEnded = polled !== undefined && polled.state !== "filling" && index.data !== undefined && (indexFilling || polled.indexedAt !== index.data.indexedAt);
  useEffect(() => {
    if (fillEnded) void queryClient.invalidateQueries({ queryKey: userIndexQueryOptions().queryKey, exact: true });
  }, [fillEnded, queryClient]);

  const newest: UserIndexStatus | undefined = polled && status.dataUpdatedAt >= index.dataUpdatedAt ? polled : index.data;
  return { index, status: newest };
}
