import type { Random } from "../tenant/random.ts";
import { selects, type EndpointSelector } from "./endpoints.ts";

export interface Latency {
  fixedMs: number;
  jitterMs: number;
}

/** When a rule fires: skip the first `skip` matching calls, then fire with probability `rate`, at most `count` times. */
export interface Trigger {
  endpoint: EndpointSelector;
  rate: number;
  skip: number;
  count?: number | undefined;
}

export interface ErrorRule extends Trigger {
  status: number;
}

export interface DropRule extends Trigger {
  /** Perform the call (the write lands), then close the socket instead of answering. */
  afterPerforming: boolean;
}

export type HangRule = Trigger;

export interface FaultSnapshot {
  latency: Latency;
  errors: ErrorRule[];
  drops: DropRule[];
  hangs: HangRule[];
}

export type FaultDecision =
  | { kind: "none" }
  | { kind: "hang" }
  | { kind: "error"; status: number }
  | { kind: "drop"; afterPerforming: boolean };

/** Whether a rule's selector covers a call; the default is BPCC's (`selects`), another simulator passes its own. */
export type SelectorMatcher = (selector: EndpointSelector, endpoint: string) => boolean;

/**
 * The faults in force; one rule per selector and kind, a new one replacing the old. Endpoint
 * names are plain strings, so another simulator (genesys-sim) reuses it with its own matcher.
 */
export class FaultState {
  latency: Latency;
  private readonly baseline: Latency;
  private errors: ErrorRule[] = [];
  private drops: DropRule[] = [];
  private hangs: HangRule[] = [];
  private readonly random: Random;
  private readonly matches: SelectorMatcher;

  constructor(latency: Latency, random: Random, matches: SelectorMatcher = selects) {
    this.baseline = { ...latency };
    this.latency = { ...latency };
    this.random = random;
    this.matches = matches;
  }

  setError(rule: ErrorRule): void {
    this.errors = replaceRule(this.errors, rule);
  }

  setDrop(rule: DropRule): void {
    this.drops = replaceRule(this.drops, rule);
  }

  setHang(rule: HangRule): void {
    this.hangs = replaceRule(this.hangs, rule);
  }

  /** Back to the latency the simulator started with, and no faults. */
  clear(): void {
    this.errors = [];
    this.drops = [];
    this.hangs = [];
    this.latency = { ...this.baseline };
  }

  snapshot(): FaultSnapshot {
    return structuredClone({ latency: this.latency, errors: this.errors, drops: this.drops, hangs: this.hangs });
  }

  delayMs(): number {
    const { fixedMs, jitterMs } = this.latency;
    return fixedMs + (jitterMs > 0 ? Math.floor(this.random.next() * (jitterMs + 1)) : 0);
  }

  /** Decides what goes wrong with one call. Hangs win over errors, errors over drops. */
  decide(endpoint: string): FaultDecision {
    const hang = this.fire(this.hangs, endpoint);
    if (hang) return { kind: "hang" };
    const error = this.fire(this.errors, endpoint);
    if (error) return { kind: "error", status: error.status };
    const drop = this.fire(this.drops, endpoint);
    if (drop) return { kind: "drop", afterPerforming: drop.afterPerforming };
    return { kind: "none" };
  }

  private fire<T extends Trigger>(rules: T[], endpoint: string): T | undefined {
    for (const rule of rules) {
      if (!this.matches(rule.endpoint, endpoint)) continue;
      if (rule.skip > 0) {
        rule.skip--;
        continue;
      }
      if (rule.count !== undefined && rule.count <= 0) continue;
      if (rule.rate < 1 && this.random.next() >= rule.rate) continue;
      if (rule.count !== undefined) rule.count--;
      return rule;
    }
    return undefined;
  }
}

function replaceRule<T extends Trigger>(rules: T[], rule: T): T[] {
  const others = rules.filter((existing) => existing.endpoint !== rule.endpoint);
  return rule.rate > 0 ? [...others, { ...rule }] : others;
}
