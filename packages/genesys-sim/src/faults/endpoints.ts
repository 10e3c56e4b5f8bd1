import { selects as selectsByMethodOrPath } from "@switchboard/bpcc-sim";

/** Every API call the server answers, named `METHOD /path` (under `{contextPath}/api/v2`) as in the README and the control plane. */
export const ENDPOINTS = [
  "GET /me",
  "GET /users",
  "POST /users",
  "GET /users/:id",
  "POST /users/:id",
  "PUT /users/:id",
  "DELETE /users/:id",
  "GET /users/:id/skills",
  "POST /users/:id/skills",
  "DELETE /users/:id/skills/:skillId",
  "GET /users/:id/devices",
  "GET /skills",
  "GET /skills/:id",
  "GET /devices",
  "GET /devices/:id",
] as const;

export type Endpoint = (typeof ENDPOINTS)[number];

/** Groups of endpoints a fault can name: the user calls, the skill calls (a user's included), the device calls, `/me`. */
export const GROUPS = ["users", "skills", "devices", "me"] as const;

/**
 * Which calls a fault applies to: `all` (the default), `reads` (every GET), `writes` (POST, PUT and
 * DELETE), a group (`users`, `skills`, `devices`, `me`), one endpoint (`POST /users`), or one path
 * with any method (`/users/:id`).
 */
export type EndpointSelector = "all" | "reads" | "writes" | (typeof GROUPS)[number] | Endpoint | string;

const PATHS = new Set(ENDPOINTS.map((endpoint) => endpoint.slice(endpoint.indexOf(" ") + 1)));

export function isValidSelector(selector: string): boolean {
  return ["all", "reads", "writes", ...GROUPS].includes(selector) || (ENDPOINTS as readonly string[]).includes(selector) || PATHS.has(selector);
}

export function groupOf(endpoint: string): (typeof GROUPS)[number] {
  if (endpoint.includes("/skills")) return "skills";
  if (endpoint.includes("/devices")) return "devices";
  if (endpoint.endsWith(" /me")) return "me";
  return "users";
}

export function selects(selector: EndpointSelector, endpoint: string): boolean {
  if ((GROUPS as readonly string[]).includes(selector)) return groupOf(endpoint) === selector;
  return selectsByMethodOrPath(selector, endpoint);
}
