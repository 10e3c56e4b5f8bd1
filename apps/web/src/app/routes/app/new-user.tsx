import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNavigate } from "react-router";
import { Breadcrumb } from "@/components/layouts/breadcrumb";
import { PageHeading } from "@/components/layouts/page-heading";
import { useToast } from "@/components/ui/toast";
import { paths } from "@/config/paths";
import { invalidateUserLists } from "./invalidate-user-lists";
import { teamsQueryOptions } from "@/features/teams/api/get-teams";
import { skillsQueryOptions } from "@/features/users/api/get-skills";
import { usersInCache } from "@/features/users/api/get-user";
import { CreateUserForm } from "@/features/users/components/create-user-form";
import { useSeenSkills } from "@/features/users/hooks/use-seen-skills";
import { LEAVE_WITHOUT_ASKING } from "@/features/users/hooks/use-unsaved-changes-guard";

/** Roles the BPCC documentation's own example gives a new user; the tenant's own come from users seen. */
const DOCUMENTED_ROLES = ["Agent", "Supervisor"];

export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(teamsQueryOptions());
    void queryClient.prefetchQuery(skillsQueryOptions());
    return null;
  };
}

/** `/users/new` (admin): a new contact-center user, who opens once created. */
export default function NewUserRoute() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const showToast = useToast();
  const teams = useQuery(teamsQueryOptions());
  const seen = useMemo(() => usersInCache(queryClient), [queryClient]);
  const seenSkills = useSeenSkills({ enabled: true });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumb parent={{ label: "Users", href: paths.users.getHref() }} current="New user" />
        <PageHeading title={paths.newUser.title} />
        <p className="mt-1 text-slate-700">A new user of the contact center. Only the login, the names and the team are required.</p>
      </div>
      <CreateUserForm
        teams={teams.isError ? undefined : (teams.data?.map((team) => team.name) ?? [])}
        seenSkills={seenSkills}
        seenRoles={[...new Set([...DOCUMENTED_ROLES, ...seen.flatMap((user) => user.roles)])]}
        onCreated={() => invalidateUserLists(queryClient)}
        onOpenUser={(loginId, displayName) => {
          showToast(`Created ${displayName} (${loginId}).`);
          void navigate(paths.user.getHref(loginId), { state: LEAVE_WITHOUT_ASKING });
        }}
        onCancel={() => void navigate(paths.users.getHref())}
      />
    </div>
  );
}
