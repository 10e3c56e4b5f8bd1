import { UserIndexResponseSchema, type UserIndexResponse } from "@switchboard/contracts";
import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getUserIndex({ signal }: { signal?: AbortSignal } = {}): Promise<UserIndexResponse> {
  const response = await apiClient.get("/users", { signal });
  return UserIndexResponseSchema.parse(response.data);
}

/**
 * The whole index, once: the users list and the skills coverage filter it here, so a filter or a
 * keystroke costs no request (decision 019). While it fills, its progress is polled separately
 * (get-user-index-status.ts), not this.
 */
export function userIndexQueryOptions() {
  return queryOptions({
    queryKey: ["user-index"],
    queryFn: getUserIndex,
    staleTime: 5 * 60_000,
  });
}

export function useUserIndex() {
  return useQuery(userIndexQueryOptions());
}

/**
 * Any change made in this tab (a save, a create, a delete, a refresh) makes the cached index old: the
 * BFF has already updated its own in place, so the next page that shows it reads it again.
 */
export function followUserChanges(queryClient: QueryClient): () => void {
  return queryClient.getMutationCache().subscribe((event) => {
    // A refresh is followed by its own progress polling instead.
    if (event.type === "updated" && event.action.type === "success" && event.mutation.options.mutationKey?.[0] !== "user-index") {
      void queryClient.invalidateQueries({ queryKey: userIndexQueryOptions().queryKey });
    }
  });
}
