import { LockStateSchema, type LockState } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getLockState(loginId: string, { signal }: { signal?: AbortSignal } = {}): Promise<LockState> {
  const response = await apiClient.get(`/users/${encodeURIComponent(loginId)}/lock`, { signal });
  return LockStateSchema.parse(response.data);
}

export function lockStateQueryOptions(loginId: string) {
  return queryOptions({
    queryKey: ["users", loginId, "lock"],
    queryFn: ({ signal }) => getLockState(loginId, { signal }),
    // A lockout starts with the agent's sixth failed sign-in, possibly while the helpdesk watches.
    staleTime: 5_000,
  });
}

export function useLockState(loginId: string) {
  return useQuery(lockStateQueryOptions(loginId));
}
