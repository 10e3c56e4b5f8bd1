import { invalidValue, missingParameter, readOnly } from "../errors.ts";
import type { CreateUserInput, UpdateUserInput } from "../tenant/tenant.ts";
import { ROLES, type Role } from "../tenant/types.ts";

/** Properties a user has that no call may set (11, read-only) — besides those the seed grants only to some calls. */
const ALWAYS_READ_ONLY = ["id", "uri", "path", "emailAddress", "contactCenterId", "doNotDisturb", "enabled", "skills", "devices"];
/** The seed's access levels: POST (create) may set these ... */
const CREATE_FIELDS = ["userName", "password", "firstName", "lastName", "roles", "changePasswordOnFirstLogin"];
/** ... and PUT (update, also sent as POST) only these. */
const UPDATE_FIELDS = ["password", "firstName", "lastName", "roles"];
const USER_NAME = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `POST /users`: userName (an e-mail), firstName, lastName and password required; roles default to ROLE_AGENT. */
export function parseCreateUser(body: unknown): CreateUserInput {
  const fields = checkProperties(body, CREATE_FIELDS, [...ALWAYS_READ_ONLY]);
  for (const name of ["userName", "firstName", "lastName", "password"]) {
    if (fields[name] === undefined || fields[name] === null || fields[name] === "") throw missingParameter(name);
  }
  const userName = text(fields, "userName");
  if (!USER_NAME.test(userName)) throw invalidValue("userName", "must be an e-mail address");
  return {
    userName,
    firstName: text(fields, "firstName"),
    lastName: text(fields, "lastName"),
    password: text(fields, "password"),
    roles: fields["roles"] === undefined ? ["ROLE_AGENT"] : roles(fields["roles"]),
    changePasswordOnFirstLogin: fields["changePasswordOnFirstLogin"] === undefined ? false : flag(fields["changePasswordOnFirstLogin"], "changePasswordOnFirstLogin"),
  };
}

/** `POST|PUT /users/{id}`: any of firstName, lastName, password, roles (the new set, not a diff). */
export function parseUpdateUser(body: unknown): UpdateUserInput {
  const fields = checkProperties(body, UPDATE_FIELDS, [...ALWAYS_READ_ONLY, "userName", "changePasswordOnFirstLogin"]);
  if (Object.keys(fields).length === 0) throw missingParameter(UPDATE_FIELDS.join(", "));
  const change: UpdateUserInput = {};
  if (fields["firstName"] !== undefined) change.firstName = text(fields, "firstName");
  if (fields["lastName"] !== undefined) change.lastName = text(fields, "lastName");
  if (fields["password"] !== undefined) change.password = text(fields, "password");
  if (fields["roles"] !== undefined) change.roles = roles(fields["roles"]);
  return change;
}

export function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalidValue("body", "must be a JSON object");
  return body as Record<string, unknown>;
}

function checkProperties(body: unknown, allowed: readonly string[], readOnlyNames: readonly string[]): Record<string, unknown> {
  const fields = asObject(body);
  for (const name of Object.keys(fields)) {
    if (readOnlyNames.includes(name)) throw readOnly(name);
    if (!allowed.includes(name)) throw invalidValue(name, "unknown property");
  }
  return fields;
}

function text(fields: Record<string, unknown>, name: string): string {
  const value = fields[name];
  if (typeof value !== "string" || value.trim() === "" || value.length > 255) throw invalidValue(name, "must be a non-empty string of at most 255 characters");
  return value;
}

function roles(value: unknown): Role[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidValue("roles", "must be a non-empty array of ROLE_ADMIN, ROLE_AGENT");
  for (const role of value) {
    if (!(ROLES as readonly unknown[]).includes(role)) throw invalidValue("roles", `unknown role ${String(role)}`);
  }
  return [...new Set(value as Role[])];
}

/** A Boolean the seed says is "True" or "False": JSON booleans, and those words as strings. */
function flag(value: unknown, name: string): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw invalidValue(name, "must be true or false");
}
