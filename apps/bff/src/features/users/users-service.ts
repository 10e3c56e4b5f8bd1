import { roleCan, type AuditChanges, type Role, type UpdateUserRequest, type User, type UserHistory, type UserHistoryQuery } from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";
import { AppError } from "../../errors/app-error.ts";
import { callAboutUser } from "../../errors/upstream-problem.ts";
import type { PlatformUser } from "../../platform/platform.ts";
import { createUserEditsService } from "./user-edits-service.ts";
import { createUserHistoryService } from "./user-history-service.ts";
import { ensureUserInScope, readTeamFrom, refuseUserOutsideScope, type TeamScope } from "../../auth/team-scope.ts";
import { createUserLifecycleService, type UserLifecycleDeps, type UserLifecycleService } from "./user-lifecycle-service.ts";

export interface UsersService extends UserLifecycleService {
  /** The user as `caller` may see them: sign-in details only with `readLoginInfo`; outside its teams, 403. */
  getUser(loginId: string, caller: Caller): Promise<User>;
  /**
   * Changes the fields given, unless someone changed one of them since the editor saw it (409
   * edit-conflict). Answers the user as it now is.
   */
  updateUser(loginId: string, request: UpdateUserRequest, scope: TeamScope): Promise<{ user: User; changes: AuditChanges }>;
  /** The user's history, for a caller who may see the user (a scoped one: a user of its teams). */
  listHistory(loginId: string, query: UserHistoryQuery, scope: TeamScope): Promise<UserHistory>;
  /** Strips what `role` may not see from a user read elsewhere (an update's answer). */
  visibleTo(role: Role, user: User): User;
}

/** Who reads: the role decides what of the user they see, the team scope whom. */
export interface Caller {
  role: Role;
  teams: TeamScope;
}

export interface UsersServiceDeps extends UserLifecycleDeps {
  audit: AuditStore;
  /** The user's direct number (DID) as the directory shows it; null when none. */
  directNumberOf: (loginId: string) => Promise<string | null>;
}

function visibleTo(role: Role, user: User): User {
  if (roleCan(role, "readLoginInfo")) return user;
  const { loginInfo: _hidden, ...profile } = user;
  return profile;
}

export function createUsersService(deps: UsersServiceDeps): UsersService {
  const { platform } = deps;
  const edits = createUserEditsService({ platform, audit: deps.audit });
  const history = createUserHistoryService(deps.audit);

  /**
   * The platform's user with the DID the directory shows, unless the platform gave it with the user.
   * Both reads start together (the directory is usually cached); a directory that cannot be read
   * leaves the number unknown rather than failing the page of someone a helpdesk is on the phone with.
   */
  async function withDirectNumber(loginId: string, read: Promise<PlatformUser>): Promise<User> {
    if (!platform.userCarriesDirectNumber) {
      const did = deps.directNumberOf(loginId).catch(() => null);
      const user = await read;
      return { ...user, did: await did };
    }
    const user = await read;
    return { ...user, did: user.did ?? null };
  }

  return {
    async getUser(loginId, { role, teams }) {
      const user = await withDirectNumber(loginId, callAboutUser(loginId, () => platform.getUser(loginId)));
      // Outside the scope nothing of the user is answered but the refusal (decision 023).
      refuseUserOutsideScope(teams, user);
      return visibleTo(role, user);
    },
    async updateUser(loginId, request, scope) {
      let edited: Awaited<ReturnType<typeof edits.updateUser>>;
      try {
        edited = await edits.updateUser(loginId, request, scope);
      } catch (error) {
        // Partly saved, or an answer lost: whatever the user is now, the index reads it again. A
        // refusal (4xx) changed nothing.
        if (!(error instanceof AppError) || error.status >= 500) deps.onUserChanged?.(loginId);
        throw error;
      }
      const { user, changes } = edited;
      deps.onUserChanged?.(loginId, user);
      return { user: await withDirectNumber(loginId, Promise.resolve(user)), changes };
    },
    visibleTo,
    ...createUserLifecycleService(deps),
    async listHistory(loginId, query, scope) {
      await ensureUserInScope(scope, loginId, readTeamFrom(platform));
      return history.listHistory(loginId, query);
    },
  };
}
