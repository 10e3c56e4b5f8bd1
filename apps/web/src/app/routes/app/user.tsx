import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useNavigate, useParams, type LoaderFunctionArgs } from "react-router";
import { Breadcrumb } from "@/components/layouts/breadcrumb";
import { PageHeading } from "@/components/layouts/page-heading";
import { Spinner } from "@/components/ui/spinner";
import { useToast } from "@/components/ui/toast";
import { paths } from "@/config/paths";
import { invalidateUserLists } from "./invalidate-user-lists";
import { useTeamChoices } from "./use-team-choices";
import { lockStateQueryOptions } from "@/features/locks/api/get-lock-state";
import { LockStatus } from "@/features/locks/components/lock-status";
import { sessionQueryOptions, useSession } from "@/features/session/api/get-session";
import { usePermissions } from "@/features/session/hooks/use-permissions";
import { teamsQueryOptions } from "@/features/teams/api/get-teams";
import { userHistoryQueryOptions } from "@/features/users/api/get-user-history";
import { skillsQueryOptions } from "@/features/users/api/get-skills";
import { userQueryOptions, useUser } from "@/features/users/api/get-user";
import { DangerZone } from "@/features/users/components/danger-zone";
import { DevicesPanel } from "@/features/users/components/devices-panel";
import { LoginInfoPanel } from "@/features/users/components/login-info-panel";
import { RecentChanges } from "@/features/users/components/recent-changes";
import { SignInStatus } from "@/features/users/components/sign-in-status";
import { TeamAndSkillsForm } from "@/features/users/components/team-and-skills-form";
import { UserProfile } from "@/features/users/components/user-profile";
import { isNotFound, UserUnavailable } from "@/features/users/components/user-unavailable";
import { useSeenRoles } from "@/features/users/hooks/use-seen-roles";
import { useSeenSkills } from "@/features/users/hooks/use-seen-skills";
import { LEAVE_WITHOUT_ASKING } from "@/features/users/hooks/use-unsaved-changes-guard";
import { displayNameOf } from "@/lib/display-name";
import { fixedFieldsNote } from "@/features/users/utils/fixed-fields";
import { revalidateOnPathChange } from "@/lib/route-revalidation";

/** Starts every download the page will show without holding it: each part shows its own loading state. */
export function clientLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const loginId = params["loginId"] ?? "";
    void queryClient.prefetchQuery(userQueryOptions(loginId));
    const session = queryClient.getQueryData(sessionQueryOptions().queryKey);
    const operations = session?.capabilities.operations ?? [];
    const permissions = session?.permissions ?? [];
    if (operations.includes("getLockState")) void queryClient.prefetchQuery(lockStateQueryOptions(loginId));
    if (permissions.includes("editUser") && operations.includes("listTeams")) void queryClient.prefetchQuery(teamsQueryOptions());
    if (permissions.includes("editUser") && session?.capabilities.editableUserFields.includes("skills")) void queryClient.prefetchQuery(skillsQueryOptions());
    if (permissions.includes("readUserHistory")) void queryClient.prefetchInfiniteQuery(userHistoryQueryOptions(loginId));
    return null;
  };
}

export const shouldRevalidate = revalidateOnPathChange;

/** What the signed-in role may change of a user, on this platform. */
function useUserEditing() {
  const { can, supports } = usePermissions();
  const { data: session } = useSession();
  const editable = session?.capabilities.editableUserFields ?? [];
  const edits = can("editUser") && supports("updateUser");
  return {
    names: edits && editable.includes("firstName") && editable.includes("lastName"),
    roles: edits && editable.includes("roles") && can("editUserRoles"),
    team: edits && editable.includes("team"),
    skills: edits && editable.includes("skills"),
    enabled: edits && editable.includes("disabled"),
    any: edits,
    fixedNote: edits ? fixedFieldsNote(editable, can("editUserRoles")) : undefined,
    teamsListed: supports("listTeams"),
    history: can("readUserHistory"),
    delete: can("deleteUser") && supports("deleteUser"),
  };
}

/** One user: can they sign in and, for those who may, their team, skills and account, changed here. */
export default function UserRoute() {
  const loginId = useParams()["loginId"] ?? "";
  const user = useUser(loginId);
  const { can, supports } = usePermissions();
  const editing = useUserEditing();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const showToast = useToast();
  const teams = useTeamChoices(editing.team && editing.teamsListed);
  const seenSkills = useSeenSkills({ enabled: editing.skills });
  const { data: session } = useSession();
  const seenRoles = useSeenRoles(session?.capabilities.platform);
  const name = user.data ? displayNameOf(user.data) : undefined;
  // One h1 in every state, so the focus it takes after a navigation survives the data arriving.
  const heading = name ?? (user.isError && isNotFound(user.error) ? "No such user" : loginId);

  function handleDeleted({ alreadyGone }: { alreadyGone: boolean }) {
    showToast(alreadyGone ? `${name ?? loginId} was already deleted.` : `Deleted ${name ?? loginId} (${loginId}).`);
    invalidateUserLists(queryClient);
    void navigate(paths.users.getHref(), { state: LEAVE_WITHOUT_ASKING });
  }

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Breadcrumb parent={{ label: "Users", href: paths.users.getHref() }} current={loginId} />
        <PageHeading title={heading} />
        {user.data && (
          <p className="mt-1 text-slate-700">
            {[user.data.loginId, user.data.team, user.data.extension && `ext. ${user.data.extension}`].filter(Boolean).join(" · ")}
          </p>
        )}
      </div>
      {user.isPending && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
          <Spinner />
          Loading the user…
        </p>
      )}
      {user.isError && !user.data && (
        <UserUnavailable error={user.error} isRetrying={user.isFetching} onRetry={() => void user.refetch()} />
      )}
      {user.data && name && (
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <div className="flex flex-col gap-6">
            <SignInStatus
              user={user.data}
              canResetPassword={can("resetPassword") && supports("resetPassword")}
              canSetEnabled={editing.enabled}
              lock={
                supports("getLockState") && (
                  <LockStatus
                    loginId={loginId}
                    displayName={name}
                    canUnlock={can("unlock") && supports("unlock")}
                    onUnlocked={() => void queryClient.invalidateQueries({ queryKey: userHistoryQueryOptions(loginId).queryKey })}
                  />
                )
              }
            />
            {(editing.names || editing.roles || editing.team || editing.skills) && (
              <TeamAndSkillsForm
                user={user.data}
                teams={teams.names}
                teamsUnavailable={teams.isError || !editing.teamsListed}
                seenSkills={seenSkills}
                seenRoles={seenRoles}
                editable={{ names: editing.names, roles: editing.roles, team: editing.team, skills: editing.skills }}
              />
            )}
            {user.data.devices && <DevicesPanel devices={user.data.devices} />}
            {user.data.loginInfo !== undefined && <LoginInfoPanel loginInfo={user.data.loginInfo} />}
          </div>
          <div className="flex flex-col gap-6">
            <UserProfile
              user={user.data}
              editedElsewhere={(["roles", "team", "skills"] as const).filter((field) => editing[field])}
              fixedNote={editing.fixedNote}
              platformFields={session?.capabilities.creatableUserFields}
            />
            {editing.history && <RecentChanges loginId={loginId} />}
            {editing.delete && <DangerZone user={user.data} onDeleted={handleDeleted} />}
          </div>
        </div>
      )}
    </div>
  );
}
