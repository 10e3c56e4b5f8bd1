import type { ServerResponse } from "node:http";
import { CallCounter, createRandom, FaultState } from "@switchboard/bpcc-sim";
import { SessionStore } from "./auth/sessions.ts";
import { ENDPOINTS, selects, type Endpoint } from "./faults/endpoints.ts";
import type { Quirks, SimulatorConfig } from "./options.ts";
import { seedTenant } from "./tenant/seed-tenant.ts";
import { Tenant } from "./tenant/tenant.ts";

/** Everything a running simulator holds. Routes read `tenant` per request, so a reset swaps it under them. */
export interface SimState {
  config: SimulatorConfig;
  tenant: Tenant;
  /** The wire quirks in force; they start as the options say, and the control plane switches them. */
  quirks: Quirks;
  sessions: SessionStore;
  faults: FaultState;
  calls: CallCounter<Endpoint>;
  hanging: Set<ServerResponse>;
}

export function createSimState(config: SimulatorConfig): SimState {
  return {
    config,
    tenant: createTenant(config),
    quirks: { ...config.quirks },
    sessions: new SessionStore(),
    faults: createFaults(config),
    calls: new CallCounter(ENDPOINTS),
    hanging: new Set(),
  };
}

export function createTenant(config: SimulatorConfig): Tenant {
  const seed = seedTenant({
    users: config.users,
    seed: config.seed,
    apiUserName: config.credentials.username,
    apiPassword: config.credentials.password,
  });
  return new Tenant(seed, config.seed);
}

export function createFaults(config: SimulatorConfig): FaultState {
  // Its own stream, so that fault draws never shift what the tenant seed produces.
  return new FaultState({ fixedMs: config.latencyMs, jitterMs: config.jitterMs }, createRandom(config.seed ^ 0x5eed), selects);
}
