import { useQueryClient } from "@tanstack/react-query";
import { usersInCache } from "../api/get-user";

/** Roles each platform's documentation names; the tenant's own come from the users seen. */
const DOCUMENTED_ROLES: Record<string, readonly string[]> = {
  bpcc: ["Agent", "Supervisor"],
  genesys: ["ROLE_ADMIN", "ROLE_AGENT"],
};

/** The role names to suggest: the platform's documented ones, and those of every user this tab loaded. */
export function useSeenRoles(platform: string | undefined): string[] {
  const queryClient = useQueryClient();
  const loaded = usersInCache(queryClient).flatMap((user) => user.roles);
  return [...new Set([...(DOCUMENTED_ROLES[platform ?? ""] ?? []), ...loaded])];
}
