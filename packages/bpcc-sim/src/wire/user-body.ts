import { z } from "zod";
import { badRequest, type ApiError } from "../errors.ts";
import type { CreateUserInput, UpdateUserInput } from "../tenant/types.ts";

const REQUIRED_ON_CREATE = new Set(["loginId", "firstName", "lastName", "team"]);

// Kept as sent: the tenant stores names verbatim, it only refuses blank ones.
const requiredText = z.string().refine((value) => value.trim().length > 0);

/** The API documents booleans, and its own Update User example sends `"true"`: both are accepted. */
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]).optional();

const skills = z.record(z.string(), z.int().min(0).max(100)).optional();

const CreateUserBody = z.strictObject({
  loginId: requiredText,
  firstName: requiredText,
  lastName: requiredText,
  team: requiredText,
  password: z.string().optional(),
  // Documented as a number, shown as a string ("1072"): either, as long as it is all digits.
  extension: z
    .union([z.string().regex(/^\d{2,8}$/), z.int().min(10).max(99_999_999)])
    .transform(String)
    .optional(),
  workPhone: z.string().optional(),
  mobilePhone: z.string().optional(),
  email: z.string().optional(),
  disabled: flag,
  changePassword: flag,
  skills,
  roles: z.array(z.string()).optional(),
});

const UpdateUserBody = z.strictObject({
  skills,
  disabled: flag,
  password: z.string().optional(),
  changePassword: flag,
  team: requiredText.optional(),
});

export function parseCreateUser(body: unknown): CreateUserInput {
  const result = CreateUserBody.safeParse(body);
  if (!result.success) throw toApiError(result.error, body, REQUIRED_ON_CREATE, (key) => `unknown property ${key}`);
  return result.data;
}

export function parseUpdateUser(body: unknown): UpdateUserInput {
  const result = UpdateUserBody.safeParse(body);
  if (!result.success) throw toApiError(result.error, body, new Set(), (key) => `property ${key} cannot be updated`);
  return result.data;
}

/** A real tenant answers with one short line naming the offending property; so does the simulator. */
function toApiError(
  error: z.ZodError,
  body: unknown,
  required: ReadonlySet<string>,
  unknownKey: (key: string) => string,
): ApiError {
  const issue = error.issues[0];
  if (!issue || issue.path.length === 0) {
    if (issue?.code === "unrecognized_keys") return badRequest(unknownKey(issue.keys[0] ?? ""));
    return badRequest("request body must be a JSON object");
  }
  const property = String(issue.path[0]);
  const value = isRecord(body) ? body[property] : undefined;
  const blank = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  if (required.has(property) && blank) return badRequest(`${property} is required`);
  return badRequest(`invalid value for ${property}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
