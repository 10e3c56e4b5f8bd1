import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "./catalog.ts";
import { isLockedOut, recordFailedSignIn } from "./lockout.ts";
import type { LockoutState } from "./types.ts";

const MINUTE = 60_000;
const fail = (state: LockoutState, times: number, at: number, policy = DEFAULT_POLICY) => {
  for (let i = 0; i < times; i++) recordFailedSignIn(state, policy, at);
};

describe("lockout", () => {
  it("forgets old failures once the reset window has passed", () => {
    const state: LockoutState = { failedAttempts: 0 };
    fail(state, 5, 0);
    fail(state, 1, 31 * MINUTE);
    expect(state.failedAttempts).toBe(1);
    expect(isLockedOut(state, DEFAULT_POLICY, 31 * MINUTE)).toBe(false);
  });

  it("never locks when the policy disables lockouts", () => {
    const state: LockoutState = { failedAttempts: 0 };
    fail(state, 20, 0, { ...DEFAULT_POLICY, enableLockouts: false });
    expect(isLockedOut(state, DEFAULT_POLICY, 0)).toBe(false);
  });

  it("keeps a lockout with duration 0 until it is cleared", () => {
    const policy = { ...DEFAULT_POLICY, lockoutDurationMinutes: 0 };
    const state: LockoutState = { failedAttempts: 0 };
    fail(state, 6, 0, policy);
    expect(isLockedOut(state, policy, 10_000 * MINUTE)).toBe(true);
  });
});
