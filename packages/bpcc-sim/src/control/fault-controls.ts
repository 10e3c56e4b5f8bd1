import type { InFlight } from "../faults/call-counter.ts";
import { releaseHanging, type FaultHost } from "../faults/endpoint-middleware.ts";
import type { FaultSnapshot, FaultState } from "../faults/fault-state.ts";
import { isDelay, resolveTrigger, type TriggerOptions } from "../faults/trigger.ts";

/** The part of a control plane that every simulator shares: latency, errors, drops, hangs, call counts. */
export interface FaultControls {
  setLatency(latency: { fixedMs: number; jitterMs?: number }): void;
  /** Answers matching calls with `status` (default 503) and its reason phrase. */
  setErrorRate(rule: TriggerOptions & { rate: number; status?: number }): void;
  /** Closes the connection without an answer; with `afterPerforming`, only after the call's work is done. */
  dropConnections(rule?: TriggerOptions & { afterPerforming?: boolean }): void;
  /** Never answers matching calls, until the fault is cleared (which closes them) or the client gives up. */
  hang(rule?: TriggerOptions): void;
  callCounts(): Record<string, number>;
  /** API calls open right now and the most at once since the call counts were last reset. */
  inFlight(): InFlight;
  resetCallCounts(): void;
  faults(): FaultSnapshot;
  /** Removes every fault and returns latency to the value the simulator started with. */
  clearFaults(): void;
}

/** What fault controls need of a simulator's state; `faults` is read on every call, so a reset may replace it. */
export interface FaultControlHost extends FaultHost {
  faults: FaultState;
  calls: FaultHost["calls"] & { snapshot(): Record<string, number>; reset(): void; inFlight(): InFlight };
}

export function createFaultControls(state: FaultControlHost, isValidSelector: (selector: string) => boolean): FaultControls {
  const trigger = (rule: TriggerOptions = {}) => resolveTrigger(rule, isValidSelector);
  return {
    setLatency: ({ fixedMs, jitterMs = 0 }) => {
      if (!(isDelay(fixedMs) && isDelay(jitterMs))) throw new RangeError("latency must be whole milliseconds, 0 to 600000");
      state.faults.latency = { fixedMs, jitterMs };
    },
    setErrorRate: (rule) => {
      const status = rule.status ?? 503;
      if (!(Number.isInteger(status) && status >= 400 && status <= 599)) throw new RangeError(`status must be 400 to 599, got ${status}`);
      state.faults.setError({ ...trigger(rule), status });
    },
    dropConnections: (rule = {}) => state.faults.setDrop({ ...trigger(rule), afterPerforming: rule.afterPerforming ?? false }),
    hang: (rule = {}) => state.faults.setHang(trigger(rule)),
    callCounts: () => state.calls.snapshot(),
    inFlight: () => state.calls.inFlight(),
    resetCallCounts: () => state.calls.reset(),
    faults: () => state.faults.snapshot(),
    clearFaults: () => {
      state.faults.clear();
      releaseHanging(state);
    },
  };
}
