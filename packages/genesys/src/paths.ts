import { GenesysError } from "./errors.ts";

// GWS ids are 32 hex characters (users) or UUIDs (skills, devices). Anything else is refused before
// it is sent, so that no id can carry a "/", a "..", a query or a fragment into another endpoint.
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export function encodeId(id: string, what: string): string {
  if (!ID_PATTERN.test(id)) {
    throw new GenesysError(`"${id.slice(0, 64)}" is not a Genesys ${what} id`, { kind: "validation", field: "id" });
  }
  return id;
}

export function buildUserPath(userId: string, ...rest: string[]): string {
  return ["/users", encodeId(userId, "user"), ...rest].join("/");
}
