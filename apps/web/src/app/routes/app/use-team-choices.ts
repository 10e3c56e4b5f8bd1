import { inTeamScope } from "@switchboard/contracts";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useSession } from "@/features/session/api/get-session";
import { teamsQueryOptions } from "@/features/teams/api/get-teams";

/**
 * The teams a user editor offers: the tenant's, narrowed to the signed-in account's scope (decision
 * 023; `account.teams` null is the whole tenant), so a scoped supervisor is never offered a team the
 * BFF would refuse. `names` is undefined while the list loads, when it could not be loaded, or
 * while `enabled` is false.
 */
export function useTeamChoices(enabled: boolean) {
  const teams = useQuery({ ...teamsQueryOptions(), enabled });
  const scope = useSession().data?.account.teams ?? null;
  const names = useMemo(() => teams.data?.map((team) => team.name).filter((name) => inTeamScope(scope, name)), [teams.data, scope]);
  return { names, isError: teams.isError };
}
