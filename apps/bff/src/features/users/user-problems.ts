import type { FieldError } from "@switchboard/contracts";
import { AppError } from "../../errors/app-error.ts";
import type { Platform } from "../../platform/platform.ts";
import { isUpstreamError, OUTCOME_UNKNOWN_TYPE, toAppError, type UpstreamError } from "../../errors/upstream-problem.ts";

// A create or an update names more than the user: a team, skills, roles, a login and an extension
// that must be unique. The platform's refusal says which in a few words ("user team not found",
// "extension already exists"); these put it on the field the person can fix. Words we do not
// recognise keep the generic answer (toAppError), which passes the platform's words on.

type Rule = { words: RegExp; field: string; message: string };

const NOT_FOUND: readonly Rule[] = [
  { words: /\bteam\b/i, field: "team", message: "The contact center has no team by this name. Choose one from the list." },
  { words: /\bskill/i, field: "skills", message: "The contact center does not know one of these skills. Check their spelling, or remove the new one." },
  { words: /\brole/i, field: "roles", message: "The contact center does not know one of these roles. Check their spelling." },
];

const TAKEN: readonly Rule[] = [
  { words: /\blogin/i, field: "loginId", message: "Another user already has this login. Choose another." },
  { words: /\bextension\b/i, field: "extension", message: "Another user already has this extension. Choose another, or leave it empty to have one assigned." },
];

const POLICY_REFUSED =
  "The contact center’s security policy refused this password. Generate one, or type a longer one that mixes upper- and lower-case letters, digits and symbols.";

/** "invalid value for team", "team is required", "unknown property nickname": the property named. */
function propertyNamed(message: string): string | undefined {
  return /^(?:invalid value for|unknown property|property) (\w+)/.exec(message)?.[1] ?? /^(\w+) is required/.exec(message)?.[1];
}

function onField(error: UpstreamError, { field, message }: FieldError): AppError {
  const { status, title, type } = toAppError(error);
  return new AppError({ status, title, type, detail: message, errors: [{ field, message }] });
}

/** "skill not found: Juggling": the one skill of the set the platform does not know. */
const UNKNOWN_SKILL = /^(?:user )?skill not found: (.+)$/i;

/** The skill sent that the platform's words name; the client collapsed its whitespace, so compare so. */
function unknownSkillNamed(said: string, sent: readonly string[]): string | undefined {
  const named = UNKNOWN_SKILL.exec(said)?.[1];
  const collapsed = (name: string) => name.replace(/\s+/g, " ").trim();
  return named === undefined ? undefined : sent.find((skill) => collapsed(skill) === collapsed(named));
}

/**
 * The platform refused a create or an update: on the field it names, when its words name one; an
 * unknown skill it names lands on that skill, `skills.<name>`, when it is one of the `skills` sent.
 */
export function refusalOnField(error: unknown, fields: readonly string[], skills: readonly string[] = []): unknown {
  if (!isUpstreamError(error)) return error;
  const said = error.upstreamMessage ?? "";
  const skill = error.kind === "not_found" && fields.includes("skills") ? unknownSkillNamed(said, skills) : undefined;
  if (skill !== undefined) {
    return onField(error, { field: `skills.${skill}`, message: "The contact center does not know this skill. Check its spelling, or remove it." });
  }
  const rules = error.kind === "not_found" ? NOT_FOUND : error.kind === "conflict" ? TAKEN : [];
  const rule = rules.find((r) => fields.includes(r.field) && r.words.test(said));
  if (rule) return onField(error, rule);
  if (error.kind === "validation") {
    if (/password/i.test(said) && fields.includes("password")) return onField(error, { field: "password", message: POLICY_REFUSED });
    const property = propertyNamed(said);
    if (property && fields.includes(property)) {
      return onField(error, { field: property, message: `The contact center refused this value: ${said}.` });
    }
  }
  return error;
}

/**
 * 409 when the change would remove the user Switchboard itself signs in to the platform as
 * (`Platform.apiUserLoginId`): every later call would fail, this one's read-back included.
 */
export function refuseTheApiUser(platform: Pick<Platform, "apiUserLoginId">, loginId: string, doing: string): void {
  if (!isTheApiUser(platform, loginId)) return;
  throw new AppError({ status: 409, title: "Switchboard's own user", type: "/problems/api-user", detail: apiUserRefusal(doing) });
}

/** Whether this login is the platform user Switchboard signs in as (logins compare without case). */
export function isTheApiUser({ apiUserLoginId }: Pick<Platform, "apiUserLoginId">, loginId: string): boolean {
  return apiUserLoginId !== undefined && apiUserLoginId.toLowerCase() === loginId.trim().toLowerCase();
}

export function apiUserRefusal(doing: string): string {
  return `Switchboard signs in to the contact center as this user; ${doing} it would lock Switchboard out.`;
}

/** A write whose answer never came (connection dropped, no answer in time): it may have happened. */
export function isLostAnswer(error: unknown): error is UpstreamError {
  return isUpstreamError(error) && (error.kind === "timeout" || error.kind === "unavailable");
}

/** Why a write's answer is missing, as the start of a sentence. */
export function lostCause(error: UpstreamError): string {
  return error.kind === "timeout" ? "The contact center did not answer in time" : "The connection to the contact center broke before it answered";
}

/**
 * A write whose answer was lost, told by what reading the user back showed: `type` names the outcome
 * (e.g. /problems/not-created), the status stays that of the lost answer (502, or 504 for a timeout).
 */
export function lostAnswer(error: UpstreamError, type: string, finding: string): AppError {
  const { status, title } = toAppError(error);
  return new AppError({ status, title, type, detail: `${lostCause(error)}; ${finding}` });
}

/** Neither the write's answer nor a read afterwards came back: the outcome is unknown, and the answer says so. */
export function outcomeUnknown(error: UpstreamError, what: string): AppError {
  const { status, title } = toAppError(error);
  return new AppError({ status, title, type: OUTCOME_UNKNOWN_TYPE, detail: `${lostCause(error)}, and reading the user back failed too, so ${what}. Look the user up before trying again.` });
}
