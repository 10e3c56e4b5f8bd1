import { roleCan, type AuditChanges, type Role, type UpdateUserRequest, type User } from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";
import { AppError } from "../../errors/app-error.ts";
import { callAboutUser } from "../../errors/upstream-problem.ts";
import type { PlatformUser } from "../../platform/platform.ts";
import { createUserEditsService } from "./user-edits-service.ts";
import { createUserHistoryService, type UserHistoryService } from "./user-history-service.ts";
import { createUserLifecycleService, type UserLifecycleDeps, type UserLifecycleService } from "./user-lifecycle-service.ts";

export interface UsersService extends UserLifecycleService, UserHistoryService {
  /** The user as `role` may see them: sign-in details only with `readLoginInfo`. */
  getUser(loginId: string, role: Role): Promise<User>;
  /**
   * Changes the fields given, unless someone changed one of them since the editor saw it (409
   * edit-conflict). Answers the user as it now is.
   */
  updateUser(loginId: string, request: UpdateUserRequest): Promise<{ user: User; changes: AuditChanges }>;
  /** Strips what `role` may not see from a user read elsewhere (an update's answer). */
  visibleTo(role: Role, user: User): User;
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
    async getUser(loginId, role) {
      return visibleTo(role, await withDirectNumber(loginId, callAboutUser(loginId, () => platform.getUser(loginId))));
    },
    async updateUser(loginId, request) {
      let edited: Awaited<ReturnType<typeof edits.updateUser>>;
      try {
        edited = await edits.updateUser(loginId, request);
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
    ...createUserHistoryService(deps.audit),
  };
}
