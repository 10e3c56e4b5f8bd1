import { roleCan, type Role, type User } from "@switchboard/contracts";
import { callAboutUser } from "../../errors/upstream-problem.ts";
import type { Platform } from "../../platform/platform.ts";

export interface UsersService {
  /** The user as `role` may see them: sign-in details only with `readLoginInfo`. */
  getUser(loginId: string, role: Role): Promise<User>;
}

export function createUsersService(platform: Platform): UsersService {
  return {
    async getUser(loginId, role) {
      const user = await callAboutUser(loginId, () => platform.getUser(loginId));
      if (roleCan(role, "readLoginInfo")) return user;
      const { loginInfo: _hidden, ...profile } = user;
      return profile;
    },
  };
}
