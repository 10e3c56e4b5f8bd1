import { isValidSelector } from "../faults/endpoints.ts";
import { releaseHanging } from "../faults/endpoint-middleware.ts";
import type { TriggerOptions } from "../faults/trigger.ts";
import { createFaults, createTenant, type SimState } from "../sim-state.ts";
import { createFaultControls, type FaultControls } from "./fault-controls.ts";

export type { TriggerOptions };

export interface SimControl extends FaultControls {
  /** Locks the account as if its agent had just failed the policy's maximum of sign-ins. */
  lockUser(loginId: string): void;
  /** One failed agent sign-in; the policy's maximum of them (6) locks the account. */
  recordFailedSignIn(loginId: string): { failedAttempts: number; lockedOut: boolean };
  /** Every issued token stops working: the next data call gets 401. */
  revokeTokens(): void;
  /** The tenant as seeded again, no faults, counters at zero. Issued tokens stay valid. */
  reset(): void;
  /** Moves the simulator's clock forward: tokens expire, lockouts run out. */
  advanceClock(ms: number): void;
  userCount(): number;
}

export function createSimControl(state: SimState): SimControl {
  return {
    ...createFaultControls(state, isValidSelector),
    lockUser: (loginId) => state.tenant.lockUser(loginId),
    recordFailedSignIn: (loginId) => state.tenant.recordFailedSignIn(loginId),
    revokeTokens: () => state.tokens.revokeAll(),
    reset: () => {
      state.tenant = createTenant(state.config, state.clock, state.referenceTime);
      state.faults = createFaults(state.config);
      state.calls.reset();
      releaseHanging(state);
    },
    advanceClock: (ms) => state.clock.advance(ms),
    userCount: () => state.tenant.userCount,
  };
}
