import { roleCan, type Role, type User } from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";
import { callAboutUser } from "../../errors/upstream-problem.ts";
import type { Platform } from "../../platform/platform.ts";
import { createUserEditsService, type UserEditsService } from "./user-edits-service.ts";
import { createUserHistoryService, type UserHistoryService } from "./user-history-service.ts";
import { createUserLifecycleService, type UserLifecycleDeps, type UserLifecycleService } from "./user-lifecycle-service.ts";

export interface UsersService extends UserEditsService, UserLifecycleService, UserHistoryService {
  /** The user as `role` may see them: sign-in details only with `readLoginInfo`. */
  getUser(loginId: string, role: Role): Promise<User>;
  /** Strips what `role` may not see from a user read elsewhere (an update's answer). */
  visibleTo(role: Role, user: User): User;
}

export interface UsersServiceDeps extends UserLifecycleDeps {
  audit: AuditStore;
}

function visibleTo(role: Role, user: User): User {
  if (roleCan(role, "readLoginInfo")) return user;
  const { loginInfo: _hidden, ...profile } = user;
  return profile;
}

export function createUsersService(deps: UsersServiceDeps): UsersService {
  const { platform } = deps;
  return {
    async getUser(loginId, role) {
      return visibleTo(role, await callAboutUser(loginId, () => platform.getUser(loginId)));
    },
    visibleTo,
    ...createUserEditsService({ platform, audit: deps.audit }),
    ...createUserLifecycleService(deps),
    ...createUserHistoryService(deps.audit),
  };
}
