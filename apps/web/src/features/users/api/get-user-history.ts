import { UserHistorySchema, type UserHistory } from "@switchboard/contracts";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

const PAGE_SIZE = 10;

export async function getUserHistory(loginId: string, cursor: string | undefined, { signal }: { signal?: AbortSignal } = {}): Promise<UserHistory> {
  const response = await apiClient.get(`/users/${encodeURIComponent(loginId)}/history`, {
    params: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
    signal,
  });
  return UserHistorySchema.parse(response.data);
}

export function userHistoryQueryOptions(loginId: string) {
  return infiniteQueryOptions({
    // Not under ["users", …]: that prefix holds users only (see usersInCache).
    queryKey: ["user-history", loginId],
    queryFn: ({ pageParam, signal }) => getUserHistory(loginId, pageParam, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Anyone's change shows the next time the page is opened or focused.
    staleTime: 0,
  });
}

export function useUserHistory(loginId: string) {
  return useInfiniteQuery(userHistoryQueryOptions(loginId));
}
