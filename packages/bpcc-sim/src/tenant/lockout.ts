import type { LockoutState, SecurityPolicy } from "./types.ts";

const MINUTE_MS = 60_000;

/** Whether the account is locked now; a lockout past its duration ends by itself, as the policy says. */
export function isLockedOut(state: LockoutState, policy: SecurityPolicy, now: number): boolean {
  if (state.lockedAt === undefined) return false;
  const duration = policy.lockoutDurationMinutes * MINUTE_MS;
  if (duration > 0 && now - state.lockedAt >= duration) {
    clearLockout(state);
    return false;
  }
  return true;
}

/** One failed agent sign-in; the one that reaches the policy's maximum locks the account. */
export function recordFailedSignIn(state: LockoutState, policy: SecurityPolicy, now: number): void {
  if (isLockedOut(state, policy, now)) return;
  const window = policy.resetAttemptCountAfterMinutes * MINUTE_MS;
  if (state.lastFailedAt !== undefined && window > 0 && now - state.lastFailedAt >= window) state.failedAttempts = 0;
  state.failedAttempts += 1;
  state.lastFailedAt = now;
  if (policy.enableLockouts && state.failedAttempts >= policy.maxLoginAttempts) state.lockedAt = now;
}

/** A sim-only shortcut: locked as if the maximum of failed sign-ins had just happened. */
export function lockNow(state: LockoutState, policy: SecurityPolicy, now: number): void {
  state.failedAttempts = Math.max(state.failedAttempts, policy.maxLoginAttempts);
  state.lastFailedAt = now;
  state.lockedAt = now;
}

export function clearLockout(state: LockoutState): void {
  state.failedAttempts = 0;
  delete state.lastFailedAt;
  delete state.lockedAt;
}
