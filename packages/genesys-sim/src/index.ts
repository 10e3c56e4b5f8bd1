export { createSimulator, type Simulator } from "./create-simulator.ts";
export { startSimulator, type RunningSimulator } from "./start-simulator.ts";
export type { SimulatorOptions, SimCredentials, StatusCodeStyle, Quirks } from "./options.ts";
export type { SimControl, TriggerOptions } from "./control/sim-control.ts";
export { ENDPOINTS, GROUPS, type Endpoint, type EndpointSelector } from "./faults/endpoints.ts";
export { CSRF_HEADER, CSRF_MESSAGE } from "./auth/guard.ts";
export { STATUS } from "./errors.ts";
export { seedTenant, type SeedOptions } from "./tenant/seed-tenant.ts";
export { ROLES, type Role } from "./tenant/types.ts";
