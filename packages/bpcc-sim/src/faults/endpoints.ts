/** Every API call the tenant answers, named `METHOD /path` as in the README and the control plane. */
export const ENDPOINTS = [
  "POST /oauth/token",
  "POST /user",
  "GET /user/:username",
  "PUT /user/:username",
  "DELETE /user/:username",
  "GET /user/lock/:username",
  "PUT /user/lock/:username",
  "GET /team",
  "GET /phone/user",
  "GET /phone/ext",
] as const;

export type Endpoint = (typeof ENDPOINTS)[number];

/**
 * Which calls a fault applies to: `all` (the default), `reads` (every GET), `writes` (POST, PUT
 * and DELETE on data, not the token call), one endpoint (`GET /phone/user`), or one path with
 * any method (`/user/:username`).
 */
export type EndpointSelector = "all" | "reads" | "writes" | Endpoint | string;

const PATHS = new Set(ENDPOINTS.map((endpoint) => endpoint.slice(endpoint.indexOf(" ") + 1)));

export function isValidSelector(selector: string): boolean {
  return selector === "all" || selector === "reads" || selector === "writes" || isEndpoint(selector) || PATHS.has(selector);
}

export function isEndpoint(value: string): value is Endpoint {
  return (ENDPOINTS as readonly string[]).includes(value);
}

export function selects(selector: EndpointSelector, endpoint: string): boolean {
  if (selector === "all") return true;
  const method = endpoint.slice(0, endpoint.indexOf(" "));
  if (selector === "reads") return method === "GET";
  if (selector === "writes") return method !== "GET" && endpoint !== "POST /oauth/token";
  if (selector.startsWith("/")) return endpoint.endsWith(` ${selector}`);
  return selector === endpoint;
}
