import { UserSchema, type User } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getUser(loginId: string, { signal }: { signal?: AbortSignal } = {}): Promise<User> {
  const response = await apiClient.get(`/users/${encodeURIComponent(loginId)}`, { signal });
  return UserSchema.parse(response.data);
}

export function userQueryOptions(loginId: string) {
  return queryOptions({
    queryKey: ["users", loginId],
    queryFn: ({ signal }) => getUser(loginId, { signal }),
    // Someone is on the phone about this account: a few seconds old at most, refreshed on focus.
    staleTime: 5_000,
  });
}

export function useUser(loginId: string) {
  return useQuery(userQueryOptions(loginId));
}
