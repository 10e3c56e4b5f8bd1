import { CreateUserRequestSchema, EmailSchema, type CreateUserRequest } from "@switchboard/contracts";
import { issuesOf } from "@/lib/field-errors";
import { draftProblems, skillsOfDrafts, type SkillDraft } from "./skill-drafts";

/** The create form as typed: text as text, so nothing is lost or reformatted while a person types. */
export type NewUserDraft = {
  loginId: string;
  firstName: string;
  lastName: string;
  team: string;
  extension: string;
  workPhone: string;
  mobilePhone: string;
  email: string;
  passwordSource: "generate" | "type";
  password: string;
  changePassword: boolean;
  disabled: boolean;
  skills: SkillDraft[];
  roles: string[];
};

export const NEW_USER_DRAFT: NewUserDraft = {
  loginId: "",
  firstName: "",
  lastName: "",
  team: "",
  extension: "",
  workPhone: "",
  mobilePhone: "",
  email: "",
  passwordSource: "generate",
  password: "",
  changePassword: true,
  disabled: false,
  skills: [],
  // Most people created are agents; an admin removes it for anyone else.
  roles: ["Agent"],
};

/** The role most people created get, in each platform's own name. */
const AGENT_ROLE: Record<string, string> = { bpcc: "Agent", genesys: "ROLE_AGENT" };

/** The empty form on `platform`. */
export function newUserDraftFor(platform: string | undefined): NewUserDraft {
  return { ...NEW_USER_DRAFT, roles: [AGENT_ROLE[platform ?? ""] ?? "Agent"] };
}

/** Whether anything was typed or changed, so leaving the page would lose it. */
export function isDraftTouched(draft: NewUserDraft, initial: NewUserDraft = NEW_USER_DRAFT): boolean {
  return JSON.stringify(draft) !== JSON.stringify(initial);
}

/**
 * How the platform names a new user: BPCC a login of its own; Genesys a user name in e-mail form.
 * `creatable` is the capabilities' `creatableUserFields`: undefined, every field.
 */
export type NewUserShape = { creatable: readonly string[] | undefined; loginIsEmail: boolean };

export function takes(shape: NewUserShape, field: string): boolean {
  return shape.creatable === undefined || shape.creatable.includes(field);
}

const EVERY_FIELD: NewUserShape = { creatable: undefined, loginIsEmail: false };

const optional = (value: string) => (value.trim() === "" ? undefined : value);

/**
 * The request the draft makes, checked with the contract the BFF applies; or each field's first
 * problem, by field name (`skills.<name>` for a level).
 */
export function requestOfDraft(
  draft: NewUserDraft,
  shape: NewUserShape = EVERY_FIELD,
): { request: CreateUserRequest; errors?: never } | { request?: never; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const levelProblems = draftProblems(draft.skills);
  for (const [name, problem] of Object.entries(levelProblems)) errors[`skills.${name}`] = problem;
  const typed = draft.passwordSource === "type";
  const candidate = {
    loginId: draft.loginId,
    firstName: draft.firstName,
    lastName: draft.lastName,
    ...(takes(shape, "team") ? { team: draft.team } : {}),
    extension: optional(draft.extension),
    workPhone: optional(draft.workPhone),
    mobilePhone: optional(draft.mobilePhone),
    email: optional(draft.email),
    ...(typed ? { password: draft.password } : {}),
    changePassword: typed ? draft.changePassword : true,
    disabled: draft.disabled,
    skills: skillsOfDrafts(draft.skills.filter((skill) => !levelProblems[skill.name])),
    roles: draft.roles,
  };
  const parsed = CreateUserRequestSchema.safeParse(candidate);
  // The contract leaves the team to the platform; one that has teams (BPCC) needs one.
  if (takes(shape, "team") && draft.team.trim() === "") errors["team"] ??= "Choose a team.";
  if (!parsed.success) for (const { field, message } of issuesOf(parsed.error)) errors[field] ??= message;
  if (shape.loginIsEmail && !EmailSchema.safeParse(draft.loginId.trim()).success) {
    errors["loginId"] ??= "Enter the user name in e-mail form, e.g. name@example.com.";
  }
  // The SPA's own address for this form: a user so named would have no page.
  if (draft.loginId.trim().toLowerCase() === "new") errors["loginId"] ??= "“new” is taken by Switchboard’s own address for this form. Choose another login.";
  if (parsed.success && Object.keys(errors).length === 0) {
    const request = Object.fromEntries(Object.entries(parsed.data).filter(([field]) => takes(shape, field))) as CreateUserRequest;
    return { request };
  }
  return { errors };
}
