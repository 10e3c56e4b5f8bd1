import { TokenStore } from "./auth/token-store.ts";
import type { Clock } from "./clock.ts";
import { CallCounter } from "./faults/call-counter.ts";
import { FaultState } from "./faults/fault-state.ts";
import type { SimulatorConfig } from "./options.ts";
import { createRandom } from "./tenant/random.ts";
import { seedTenant } from "./tenant/seed-tenant.ts";
import { Tenant } from "./tenant/tenant.ts";
import type { ServerResponse } from "node:http";

const DAY_MS = 86_400_000;

/** Everything a running simulator holds. Routes read `tenant` per request, so a reset swaps it under them. */
export interface SimState {
  config: SimulatorConfig;
  clock: Clock;
  /** Login history is laid out backwards from the start of the day the simulator started, so a reset rebuilds the same tenant. */
  referenceTime: number;
  tenant: Tenant;
  tokens: TokenStore;
  faults: FaultState;
  calls: CallCounter;
  /** Responses held open by a hang fault, so that clearing the fault or closing can end them. */
  hanging: Set<ServerResponse>;
}

export function createSimState(config: SimulatorConfig, clock: Clock): SimState {
  const now = clock.now();
  const referenceTime = now - (now % DAY_MS);
  return {
    config,
    clock,
    referenceTime,
    tenant: createTenant(config, clock, referenceTime),
    tokens: new TokenStore(clock),
    faults: createFaults(config),
    calls: new CallCounter(),
    hanging: new Set(),
  };
}

export function createTenant(config: SimulatorConfig, clock: Clock, referenceTime: number): Tenant {
  const seed = seedTenant({
    users: config.users,
    seed: config.seed,
    apiUserLoginId: config.credentials.clientId,
    referenceTime,
    now: clock.now(),
    policy: config.policy,
  });
  return new Tenant(seed, clock);
}

export function createFaults(config: SimulatorConfig): FaultState {
  // Its own stream, so that fault draws never shift what the tenant seed produces.
  return new FaultState({ fixedMs: config.latencyMs, jitterMs: config.jitterMs }, createRandom(config.seed ^ 0x5eed));
}
