import { isValidSelector, type EndpointSelector } from "../faults/endpoints.ts";
import { releaseHanging } from "../faults/endpoint-middleware.ts";
import type { FaultSnapshot } from "../faults/fault-state.ts";
import { createFaults, createTenant, type SimState } from "../sim-state.ts";

export interface TriggerOptions {
  /** Which calls; default `all`. See EndpointSelector. */
  endpoint?: EndpointSelector;
  /** Probability per matching call, 0 to 1; default 1. 0 removes the rule. */
  rate?: number;
  /** Let this many matching calls through first; default 0. */
  skip?: number;
  /** Fire at most this many times; default unlimited. */
  count?: number;
}

export interface SimControl {
  /** Locks the account as if its agent had just failed the policy's maximum of sign-ins. */
  lockUser(loginId: string): void;
  /** One failed agent sign-in; the policy's maximum of them (6) locks the account. */
  recordFailedSignIn(loginId: string): { failedAttempts: number; lockedOut: boolean };
  setLatency(latency: { fixedMs: number; jitterMs?: number }): void;
  /** Answers matching calls with `status` (default 503) and its reason phrase. */
  setErrorRate(rule: TriggerOptions & { rate: number; status?: number }): void;
  /** Closes the connection without an answer; with `afterPerforming`, only after the call's work is done. */
  dropConnections(rule?: TriggerOptions & { afterPerforming?: boolean }): void;
  /** Never answers matching calls, until the fault is cleared (which closes them) or the client gives up. */
  hang(rule?: TriggerOptions): void;
  /** Every issued token stops working: the next data call gets 401. */
  revokeTokens(): void;
  callCounts(): Record<string, number>;
  resetCallCounts(): void;
  faults(): FaultSnapshot;
  /** Removes every fault and returns latency to the value the simulator started with. */
  clearFaults(): void;
  /** The tenant as seeded again, no faults, counters at zero. Issued tokens stay valid. */
  reset(): void;
  /** Moves the simulator's clock forward: tokens expire, lockouts run out. */
  advanceClock(ms: number): void;
  userCount(): number;
}

export function createSimControl(state: SimState): SimControl {
  const trigger = (rule: TriggerOptions = {}) => {
    const endpoint = rule.endpoint ?? "all";
    if (!isValidSelector(endpoint)) throw new RangeError(`Unknown endpoint selector: ${endpoint}`);
    const rate = rule.rate ?? 1;
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`rate must be between 0 and 1, got ${rate}`);
    for (const [name, value] of [["skip", rule.skip], ["count", rule.count]] as const) {
      if (value !== undefined && !(Number.isInteger(value) && value >= 0)) throw new RangeError(`${name} must be a whole number, got ${value}`);
    }
    return { endpoint, rate, skip: rule.skip ?? 0, count: rule.count };
  };
  return {
    lockUser: (loginId) => state.tenant.lockUser(loginId),
    recordFailedSignIn: (loginId) => state.tenant.recordFailedSignIn(loginId),
    setLatency: ({ fixedMs, jitterMs = 0 }) => {
      if (!(isDelay(fixedMs) && isDelay(jitterMs))) throw new RangeError("latency must be whole milliseconds, 0 to 600000");
      state.faults.latency = { fixedMs, jitterMs };
    },
    setErrorRate: (rule) => state.faults.setError({ ...trigger(rule), status: rule.status ?? 503 }),
    dropConnections: (rule = {}) => state.faults.setDrop({ ...trigger(rule), afterPerforming: rule.afterPerforming ?? false }),
    hang: (rule = {}) => state.faults.setHang(trigger(rule)),
    revokeTokens: () => state.tokens.revokeAll(),
    callCounts: () => state.calls.snapshot(),
    resetCallCounts: () => state.calls.reset(),
    faults: () => state.faults.snapshot(),
    clearFaults: () => {
      state.faults.clear();
      releaseHanging(state);
    },
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

const isDelay = (ms: number): boolean => Number.isInteger(ms) && ms >= 0 && ms <= 600_000;
