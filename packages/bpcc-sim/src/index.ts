export { createSimulator, type Simulator } from "./create-simulator.ts";
export { startSimulator, type RunningSimulator } from "./start-simulator.ts";
export type { SimulatorOptions, SimCredentials } from "./options.ts";
export type { SimControl, TriggerOptions } from "./control/sim-control.ts";
export type { FaultSnapshot, Latency } from "./faults/fault-state.ts";
export { ENDPOINTS, type Endpoint, type EndpointSelector } from "./faults/endpoints.ts";
export { seedTenant, type SeedOptions } from "./tenant/seed-tenant.ts";
export type { SecurityPolicy } from "./tenant/types.ts";

// Generic pieces another simulator (genesys-sim) reuses rather than copies.
export { FaultState, type FaultDecision, type SelectorMatcher } from "./faults/fault-state.ts";
export { CallCounter, type InFlight } from "./faults/call-counter.ts";
export { selects } from "./faults/endpoints.ts";
export { isDelay, resolveTrigger } from "./faults/trigger.ts";
export { endpoint, releaseHanging, type FaultHost } from "./faults/endpoint-middleware.ts";
export { createFaultControls, type FaultControls, type FaultControlHost } from "./control/fault-controls.ts";
export { createControlBase, finishControlRouter, registerFaultRoutes } from "./control/fault-routes.ts";
export { serve, type Served } from "./http/serve.ts";
export { stopOnSignals } from "./http/stop-on-signals.ts";
export { parseFlags, runSimulatorCli, wholeNumberFlag, type CliCommand, type SimulatorCli } from "./cli-kit.ts";
export { parseOptions, randomSecret } from "./options-parse.ts";
export { droppedInstead } from "./http/send.ts";
export { createRandom, type Random } from "./tenant/random.ts";
export { pickName } from "./tenant/names.ts";
export { makeLoginId } from "./tenant/login-id.ts";
