import type { AuditChanges, LockState } from "@switchboard/contracts";
import { callAboutUser } from "../../errors/upstream-problem.ts";
import type { Platform } from "../../platform/platform.ts";
import { ensureUserInScope, readTeamFrom, type TeamScope } from "../../auth/team-scope.ts";

export interface LocksService {
  /** A scoped account reads the lock of users of its teams only (decision 023). */
  getLockState(loginId: string, scope: TeamScope): Promise<LockState>;
  /** Clears the lockout; the state returned (and audited) is the platform's answer, not an assumption. */
  unlockUser(loginId: string, scope: TeamScope): Promise<{ state: LockState; changes: AuditChanges }>;
}

export function createLocksService(platform: Platform): LocksService {
  const readTeam = readTeamFrom(platform);
  return {
    async getLockState(loginId, scope) {
      await ensureUserInScope(scope, loginId, readTeam);
      return callAboutUser(loginId, () => platform.getLockState(loginId));
    },
    async unlockUser(loginId, scope) {
      // No read before the unlock for an unscoped account: it would double the calls on the helpdesk's
      // hot path, and unlocking an account that is not locked is harmless. A scoped one pays that read
      // for the user's team. The directory is not cached with lock states, so it is left alone.
      await ensureUserInScope(scope, loginId, readTeam);
      const state = await callAboutUser(loginId, () => platform.unlock(loginId));
      return { state, changes: { after: { lockedOut: state.lockedOut } } };
    },
  };
}
