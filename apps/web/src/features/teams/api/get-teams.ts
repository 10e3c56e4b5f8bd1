import { TeamListSchema, type Team } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getTeams({ signal }: { signal?: AbortSignal } = {}): Promise<Team[]> {
  const response = await apiClient.get("/teams", { signal });
  return TeamListSchema.parse(response.data).teams;
}

export function teamsQueryOptions() {
  return queryOptions({
    queryKey: ["teams"],
    queryFn: getTeams,
    // Teams are made in the contact center's own administration, rarely; the BFF caches them too.
    staleTime: 5 * 60_000,
  });
}

export function useTeams() {
  return useQuery(teamsQueryOptions());
}
