import { SkillListSchema } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

/** The names of the skills the tenant is known to use (those the BFF has seen users hold). */
export async function getSkills({ signal }: { signal?: AbortSignal } = {}): Promise<string[]> {
  const response = await apiClient.get("/skills", { signal });
  return SkillListSchema.parse(response.data).skills.map((skill) => skill.name);
}

export function skillsQueryOptions() {
  return queryOptions({
    queryKey: ["skills"],
    queryFn: getSkills,
    // Only suggestions: a skill seen since still comes from the users this tab loads (useSeenSkills).
    staleTime: 60_000,
  });
}

export function useSkills({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...skillsQueryOptions(), enabled });
}
