import { UserIndexStatusSchema, type UserIndexStatus } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getUserIndexStatus({ signal }: { signal?: AbortSignal } = {}): Promise<UserIndexStatus> {
  const response = await apiClient.get("/users/index/status", { signal });
  return UserIndexStatusSchema.parse(response.data);
}

/** How often the progress of a fill is asked for. */
export const FILL_POLL_MS = 1_000;

export function userIndexStatusQueryOptions() {
  return queryOptions({
    queryKey: ["user-index", "status"],
    queryFn: getUserIndexStatus,
    staleTime: 0,
  });
}

/** The index's progress, asked every second while `polling` and the fill goes on. */
export function useUserIndexStatus(polling: boolean) {
  return useQuery({
    ...userIndexStatusQueryOptions(),
    enabled: polling,
    refetchInterval: (query) => (query.state.data && query.state.data.state !== "filling" ? false : FILL_POLL_MS),
  });
}
