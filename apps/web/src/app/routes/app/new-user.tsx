import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Capabilities } from "@switchboard/contracts";
import { useNavigate } from "react-router";
import { Breadcrumb } from "@/components/layouts/breadcrumb";
import { PageHeading } from "@/components/layouts/page-heading";
import { useToast } from "@/components/ui/toast";
import { paths } from "@/config/paths";
import { invalidateUserLists } from "./invalidate-user-lists";
import { useTeamChoices } from "./use-team-choices";
import { teamsQueryOptions } from "@/features/teams/api/get-teams";
import { skillsQueryOptions } from "@/features/users/api/get-skills";
import { sessionQueryOptions, useSession } from "@/features/session/api/get-session";
import { CreateUserForm } from "@/features/users/components/create-user-form";
import { useSeenRoles } from "@/features/users/hooks/use-seen-roles";
import { useSeenSkills } from "@/features/users/hooks/use-seen-skills";
import { takes, type NewUserShape } from "@/features/users/utils/new-user-draft";
import { LEAVE_WITHOUT_ASKING } from "@/features/users/hooks/use-unsaved-changes-guard";

export function clientLoader(queryClient: QueryClient) {
  return () => {
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    if (session?.capabilities.operations.includes("listTeams") && takes(shapeOf(session.capabilities), "team")) {
      void queryClient.prefetchQuery(teamsQueryOptions());
    }
    void queryClient.prefetchQuery(skillsQueryOptions());
    return null;
  };
}

/** The create form's fields on this platform; a user name in e-mail form where the platform says so (Genesys). */
function shapeOf(capabilities: Capabilities): NewUserShape {
  return { creatable: capabilities.creatableUserFields, loginIsEmail: capabilities.loginIdFormat === "email" };
}

/** `/users/new` (admin): a new contact-center user, who opens once created. */
export default function NewUserRoute() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const showToast = useToast();
  const { data: session } = useSession();
  const shape = session ? shapeOf(session.capabilities) : undefined;
  const listsTeams = Boolean(shape && takes(shape, "team") && session?.capabilities.operations.includes("listTeams"));
  const teams = useTeamChoices(listsTeams);
  const seenRoles = useSeenRoles(session?.capabilities.platform);
  const seenSkills = useSeenSkills({ enabled: true });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumb parent={{ label: "Users", href: paths.users.getHref() }} current="New user" />
        <PageHeading title={paths.newUser.title} />
        <p className="mt-1 text-slate-700">A new user of the contact center.{" "}
          {shape && !takes(shape, "team") ? "Only the user name and the names are required." : "Only the login, the names and the team are required."}</p>
      </div>
      <CreateUserForm
        teams={teams.isError || !listsTeams ? undefined : (teams.names ?? [])}
        seenSkills={seenSkills}
        seenRoles={seenRoles}
        platform={session?.capabilities.platform}
        {...(shape && { shape })}
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
