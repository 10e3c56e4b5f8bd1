import { UserSchema, type User } from "@switchboard/contracts";
import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getUser(loginId: string, { signal }: { signal?: AbortSignal } = {}): Promise<User> {
  const response = await apiClient.get(`/users/${encodeURIComponent(loginId)}`, { signal });
  return UserSchema.parse(response.data);
}

/** Every user's entry sits under this key, so what was fetched can be looked through (skills seen). */
const USERS_KEY = "users";

export function userQueryOptions(loginId: string) {
  return queryOptions({
    queryKey: [USERS_KEY, loginId],
    queryFn: ({ signal }) => getUser(loginId, { signal }),
    // Someone is on the phone about this account: a few seconds old at most, refreshed on focus.
    staleTime: 5_000,
  });
}

export function useUser(loginId: string) {
  return useQuery(userQueryOptions(loginId));
}

/** The users fetched so far in this tab: what suggestions of skills and roles are drawn from. */
export function usersInCache(queryClient: QueryClient): User[] {
  return queryClient
    .getQueriesData({ queryKey: [USERS_KEY] })
    .flatMap(([, data]) => {
      const user = UserSchema.safeParse(data);
      return user.success ? [user.data] : [];
    });
}
