import type { EndpointSelector } from "./endpoints.ts";
import type { Trigger } from "./fault-state.ts";

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

/** A rule's trigger with its defaults, or a RangeError naming what is wrong; `isValidSelector` is the simulator's own. */
export function resolveTrigger(rule: TriggerOptions, isValidSelector: (selector: string) => boolean): Trigger {
  const endpoint = rule.endpoint ?? "all";
  if (!isValidSelector(endpoint)) throw new RangeError(`Unknown endpoint selector: ${endpoint}`);
  const rate = rule.rate ?? 1;
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`rate must be between 0 and 1, got ${rate}`);
  for (const [name, value] of [["skip", rule.skip], ["count", rule.count]] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0)) throw new RangeError(`${name} must be a whole number, got ${value}`);
  }
  return { endpoint, rate, skip: rule.skip ?? 0, count: rule.count };
}

/** Whole milliseconds, 0 to 10 minutes: the bounds of every latency setting. */
export const isDelay = (ms: number): boolean => Number.isInteger(ms) && ms >= 0 && ms <= 600_000;
