import type { GenesysErrorKind } from "./errors.ts";

// GWS 8.5 `statusCode` values (../shared/genesys-gws-notes.md): 0 ok · 1 missing parameter · 2 invalid
// for current state · 3 forbidden · 4 internal error · 5 no permission · 6 not found · 7 partial
// success · 8 password change demanded · 10 validation · 11 read-only property · 12 unable to retrieve
// · 13 create · 14 delete · 15 update · 16 assign · 17 unassign · 18 already exists · 19 in use · 20 not
// authenticated.

const KIND_BY_CODE = new Map<number, GenesysErrorKind>([
  [1, "validation"],
  [2, "validation"],
  [10, "validation"],
  [11, "validation"],
  [6, "not_found"],
  [18, "conflict"],
  [19, "conflict"],
  // Basic credentials go with every call: "not authenticated" means they are wrong, not that a
  // session expired (there is nothing to renew).
  [20, "credentials_rejected"],
  // The API user lacks a role: say so, never "not found".
  [3, "forbidden"],
  [5, "forbidden"],
]);

/** A non-zero code; 4, 7, 8, 12–17 and any code not in the notes are the upstream's failure. */
export function classifyStatusCode(code: number): GenesysErrorKind {
  return KIND_BY_CODE.get(code) ?? "upstream";
}

/** An HTTP error whose body carries no code (a proxy's page, an empty 401). */
export function classifyHttpStatus(status: number): GenesysErrorKind {
  switch (status) {
    case 400:
      return "validation";
    case 401:
      return "credentials_rejected";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 409:
      return "conflict";
    default:
      return "upstream";
  }
}

/** The user attributes a validation message may name (the seed's attribute table, and a skill's). */
const FIELDS = ["userName", "firstName", "lastName", "password", "roles", "changePasswordOnFirstLogin", "emailAddress", "level", "uri"];
const FIELD_PATTERN = new RegExp(`\\b(${FIELDS.join("|")})\\b`, "i");

/** The first attribute the upstream's message names ("Missing parameter: userName"), in the seed's spelling. */
export function findFieldInMessage(message: string | undefined): string | undefined {
  const match = message ? FIELD_PATTERN.exec(message) : null;
  if (!match?.[1]) return undefined;
  const named = match[1].toLowerCase();
  return FIELDS.find((field) => field.toLowerCase() === named);
}
