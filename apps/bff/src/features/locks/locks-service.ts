import type { AuditChanges, LockState } from "@switchboard/contracts";
import { callAboutUser } from "../../errors/upstream-problem.ts";
import type { Platform } from "../../platform/platform.ts";

export interface LocksService {
  getLockState(loginId: string): Promise<LockState>;
  /** Clears the lockout; the state returned (and audited) is the platform's answer, not an assumption. */
  unlockUser(loginId: string): Promise<{ state: LockState; changes: AuditChanges }>;
}

export function createLocksService(platform: Platform): LocksService {
  return {
    getLockState(loginId) {
      return callAboutUser(loginId, () => platform.getLockState(loginId));
    },
    async unlockUser(loginId) {
      // No read before the unlock: it would double the calls on the helpdesk's hot path, and
      // unlocking an account that is not locked is harmless. The directory is not cached with
      // lock states, so it is left alone.
      const state = await callAboutUser(loginId, () => platform.unlock(loginId));
      return { state, changes: { after: { lockedOut: state.lockedOut } } };
    },
  };
}
