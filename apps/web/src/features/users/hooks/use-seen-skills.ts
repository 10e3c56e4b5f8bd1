import { useQueryClient } from "@tanstack/react-query";
import { useSkills } from "../api/get-skills";
import { usersInCache } from "../api/get-user";

/**
 * The skill names to suggest: the tenant's as the BFF knows them, and those of every user this tab
 * loaded or saved, which another BFF instance (or one restarted since) may not have seen yet. Until
 * the list arrives, or if it cannot, the users loaded here still give some.
 */
export function useSeenSkills({ enabled }: { enabled: boolean }): string[] {
  const queryClient = useQueryClient();
  const skills = useSkills({ enabled });
  const loaded = usersInCache(queryClient).flatMap((user) => Object.keys(user.skills));
  return [...new Set([...(skills.data ?? []), ...loaded])];
}
