export { createSimulator, type Simulator } from "./create-simulator.ts";
export { startSimulator, type RunningSimulator } from "./start-simulator.ts";
export type { SimulatorOptions, SimCredentials } from "./options.ts";
export type { SimControl, TriggerOptions } from "./control/sim-control.ts";
export type { FaultSnapshot, Latency } from "./faults/fault-state.ts";
export { ENDPOINTS, type Endpoint, type EndpointSelector } from "./faults/endpoints.ts";
export { seedTenant, type SeedOptions } from "./tenant/seed-tenant.ts";
export type { SecurityPolicy } from "./tenant/types.ts";
