import { z } from "zod";
import { ProblemSchema } from "./problem.ts";
import { temporaryPasswordProblem } from "./temporary-password.ts";
import {
  EmailSchema,
  ExtensionSchema,
  NewLoginIdSchema,
  personNameSchema,
  PhoneNumberSchema,
  RoleNamesSchema,
  SkillsSchema,
  TeamNameSchema,
} from "./user-fields.ts";
import type { User } from "./users.ts";

const flag = z.boolean({ error: "Use true or false." });

/**
 * `POST /api/users`: the platform's own attribute names (BPCC's Create User). Without a `password` the
 * BFF generates one, answers it once, and the user must change it at the first sign-in
 * (docs/decisions/006); a typed one must meet the default security policy.
 */
export const CreateUserRequestSchema = z.lazy(() =>
  z
    .strictObject({
      loginId: NewLoginIdSchema,
      password: z.string({ error: "Send the password as text." }).optional(),
      changePassword: flag.optional(),
      firstName: personNameSchema("a first name"),
      lastName: personNameSchema("a last name"),
      /** Required by a platform that has teams (BPCC); one without (Genesys) takes none. */
      team: TeamNameSchema.optional(),
      /** Assigned by the platform when left out. */
      extension: ExtensionSchema.optional(),
      workPhone: PhoneNumberSchema.optional(),
      mobilePhone: PhoneNumberSchema.optional(),
      email: EmailSchema.optional(),
      disabled: flag.optional(),
      skills: SkillsSchema.optional(),
      roles: RoleNamesSchema.optional(),
    })
    .superRefine((user, ctx) => {
      if (user.password !== undefined) {
        const problem = temporaryPasswordProblem(user.password, user.loginId);
        if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
      } else if (user.changePassword === false) {
        ctx.addIssue({
          code: "custom",
          path: ["changePassword"],
          message: "A generated password must be changed at the first sign-in. Leave this on, or type a password.",
        });
      }
    })
);
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;
export type CreateUserField = keyof CreateUserRequest;
/**
 * Every field of a create: the names its field errors use. Written out rather than read from the
 * schema's shape, which would build the schema as the contracts load (decision 026); the type says
 * when a field is missing here, and lazy-schemas.test.ts that the list is the shape's.
 */
export const CREATE_USER_FIELDS = [
  "loginId",
  "password",
  "changePassword",
  "firstName",
  "lastName",
  "team",
  "extension",
  "workPhone",
  "mobilePhone",
  "email",
  "disabled",
  "skills",
  "roles",
] as const satisfies readonly CreateUserField[];
/** A field of a create missing from `CREATE_USER_FIELDS` makes this `false`, and its line an error. */
const everyCreateFieldListed: Exclude<CreateUserField, (typeof CREATE_USER_FIELDS)[number]> extends never ? true : false = true;
void everyCreateFieldListed;

/** The answer to a create: how Switchboard knows the user exists, and a generated password, this once. */
export const CreateUserResponseSchema = z.lazy(() => z.object({
  loginId: z.string(),
  /**
   * `answer`: the platform said so. `read-back`: its answer was lost on the way, and reading the user
   * back found them as submitted.
   */
  confirmedBy: z.enum(["answer", "read-back"]),
  generated: z.boolean(),
  temporaryPassword: z.string().optional(),
}));
export type CreateUserResponse = z.infer<typeof CreateUserResponseSchema>;

/**
 * What may change after creation, through `PATCH /api/users/:loginId`, on some platform: BPCC changes
 * skills, team and the two flags; Genesys names and roles (and skills). A platform's capabilities say
 * which of them it has (`editableUserFields`); the BFF refuses the others (decision 016).
 */
export const EDITABLE_USER_FIELDS = ["skills", "team", "disabled", "changePassword", "firstName", "lastName", "roles"] as const;
export type EditableUserField = (typeof EDITABLE_USER_FIELDS)[number];

/** Those fields' values, as read from the platform (so a team may be missing, a level anything). */
export const EditableUserValuesSchema = z.lazy(() => z.object({
  skills: z.record(z.string(), z.number()),
  team: z.string().nullable(),
  disabled: z.boolean(),
  changePassword: z.boolean(),
  firstName: z.string(),
  lastName: z.string(),
  roles: z.array(z.string()),
}));
export type EditableUserValues = z.infer<typeof EditableUserValuesSchema>;

/** The change itself: any of them, `skills` and `roles` each being the whole new set. */
export const UserChangeSchema = z.lazy(() => z.strictObject({
  skills: SkillsSchema.optional(),
  team: TeamNameSchema.optional(),
  disabled: flag.optional(),
  changePassword: flag.optional(),
  firstName: personNameSchema("a first name").optional(),
  lastName: personNameSchema("a last name").optional(),
  roles: RoleNamesSchema.optional(),
}));
export type UserChange = z.infer<typeof UserChangeSchema>;

/**
 * `PATCH /api/users/:loginId`: the change, and in `expected` the value the editor saw of each field it
 * changes. The BFF reads the user again first; a field someone else changed meanwhile answers 409
 * (`EditConflictSchema`) instead of being overwritten (docs/decisions/007). To overwrite anyway, send
 * the change again with the values that 409 reported as `expected`.
 */
export const UpdateUserRequestSchema = z.lazy(() => UserChangeSchema.unwrap().extend({
  expected: EditableUserValuesSchema.unwrap().partial().strict(),
}).superRefine((request, ctx) => {
  const changed = EDITABLE_USER_FIELDS.filter((field) => request[field] !== undefined);
  if (changed.length === 0) {
    ctx.addIssue({ code: "custom", path: [], message: `Give at least one of ${EDITABLE_USER_FIELDS.join(", ")}.` });
  }
  for (const field of changed) {
    if (request.expected[field] === undefined) {
      ctx.addIssue({ code: "custom", path: ["expected", field], message: `Send the ${field} you saw, so that a change made meanwhile is not overwritten.` });
    }
  }
}));
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

export const EDIT_CONFLICT_TYPE = "/problems/edit-conflict";

/** The 409 of a PATCH whose fields someone else changed since the editor loaded them. */
export const EditConflictSchema = z.lazy(() => ProblemSchema.unwrap().extend({
  type: z.literal(EDIT_CONFLICT_TYPE),
  /** The changed fields whose value is no longer the one the editor saw. */
  conflicts: z.array(z.enum(EDITABLE_USER_FIELDS)).min(1),
  /** The user's values now, to show and, to overwrite, to send back as `expected`. */
  current: EditableUserValuesSchema,
  /** The latest change of those fields made through Switchboard, if any (the platform's own console leaves none). */
  lastChange: z.object({ actor: z.string(), at: z.string() }).nullable(),
}));
export type EditConflict = z.infer<typeof EditConflictSchema>;

export function editableValuesOf(user: Pick<User, EditableUserField>): EditableUserValues {
  return {
    skills: { ...user.skills },
    team: user.team,
    disabled: user.disabled,
    changePassword: user.changePassword,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: [...user.roles],
  };
}

/** Whether two values of one field are the same; a skill set or a role set regardless of order. */
export function sameFieldValue(field: EditableUserField, a: unknown, b: unknown): boolean {
  if (field === "roles") return sameSet(a, b);
  if (field !== "skills") return a === b;
  if (!isRecord(a) || !isRecord(b)) return false;
  const left = Object.entries(a);
  return left.length === Object.keys(b).length && left.every(([name, level]) => Object.hasOwn(b, name) && b[name] === level);
}

function sameSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  const left = new Set<unknown>(a);
  return left.size === new Set<unknown>(b).size && b.every((item) => left.has(item));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
