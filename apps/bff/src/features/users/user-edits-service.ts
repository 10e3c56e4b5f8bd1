import {
  EDIT_CONFLICT_TYPE,
  EDITABLE_USER_FIELDS,
  editableValuesOf,
  sameFieldValue,
  type AuditChanges,
  type EditableUserField,
  type EditableUserValues,
  type EditConflict,
  type UpdateUserRequest,
  type UserChange,
} from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";
import { AppError, PARTIALLY_SAVED_TYPE } from "../../errors/app-error.ts";
import { callAboutUser, isUpstreamError, noSuchUser, type UpstreamError } from "../../errors/upstream-problem.ts";
import type { Platform, PlatformUser } from "../../platform/platform.ts";
import { refuseTeamOutsideScope, refuseUserOutsideScope, type TeamScope } from "../../auth/team-scope.ts";
import { isLostAnswer, lostAnswer, outcomeUnknown, refusalOnField, refuseTheApiUser } from "./user-problems.ts";

export interface UserEditsService {
  /**
   * Changes the fields given, unless someone changed one of them since the editor saw it (409
   * edit-conflict). Answers the user as it now is.
   */
  updateUser(loginId: string, request: UpdateUserRequest, scope: TeamScope): Promise<{ user: PlatformUser; changes: AuditChanges }>;
}

const FIELD_WORDS: Record<EditableUserField, string> = {
  skills: "the skills",
  team: "the team",
  disabled: "whether the account is enabled",
  changePassword: "whether the password must be changed",
  firstName: "the first name",
  lastName: "the last name",
  roles: "the roles",
};

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}

/** A field this platform accepts only at creation: 400 on it, before the platform is asked. */
function refuseFieldsThePlatformCannotChange(platform: Platform, change: UserChange): void {
  const { editableUserFields, platform: name } = platform.capabilities;
  const fixed = EDITABLE_USER_FIELDS.filter((field) => change[field] !== undefined && !editableUserFields.includes(field));
  if (fixed.length === 0) return;
  throw AppError.invalid(
    fixed.map((field) => ({ field, message: `This contact center (${name}) does not let ${FIELD_WORDS[field]} change after the user is created.` })),
  );
}

function listed(words: string[]): string {
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function createUserEditsService(deps: { platform: Platform; audit: AuditStore }): UserEditsService {
  const { platform } = deps;

  /** Who last changed one of these fields through Switchboard, if the trail knows. */
  async function lastChangeOf(loginId: string, fields: readonly EditableUserField[]): Promise<EditConflict["lastChange"]> {
    const { records } = await deps.audit.query({ target: loginId, action: "user.update", limit: 20 });
    const last = records.find((r) => r.outcome === "succeeded" && fields.some((field) => r.changes?.after && Object.hasOwn(r.changes.after, field)));
    return last ? { actor: last.actor, at: last.at } : null;
  }

  async function editConflict(loginId: string, conflicts: EditableUserField[], current: EditableUserValues): Promise<AppError> {
    const extensions: Omit<EditConflict, "type" | "title" | "status" | "detail" | "requestId" | "errors"> = {
      conflicts,
      current,
      lastChange: await lastChangeOf(loginId, conflicts),
    };
    return new AppError({
      status: 409,
      title: "Changed by someone else",
      type: EDIT_CONFLICT_TYPE,
      detail: `Someone changed ${listed(conflicts.map((f) => FIELD_WORDS[f]))} of this user since you loaded the page. Reload to see their change, or overwrite it with yours.`,
      extensions,
    });
  }

  /** A write whose answer was lost: read back, and say truthfully whether it happened. */
  async function verifyUpdated(loginId: string, change: UserChange, before: EditableUserValues, lost: UpstreamError): Promise<void> {
    let now: EditableUserValues;
    try {
      now = editableValuesOf(await platform.getUser(loginId));
    } catch {
      throw outcomeUnknown(lost, "the change may or may not have been saved");
    }
    const fields = EDITABLE_USER_FIELDS.filter((field) => change[field] !== undefined);
    if (fields.every((field) => sameFieldValue(field, now[field], change[field]))) return;
    const unchanged = fields.every((field) => sameFieldValue(field, now[field], before[field]));
    throw lostAnswer(
      lost,
      "/problems/not-saved",
      unchanged
        ? "reading the user back shows the change was not saved. Try again."
        : "reading the user back shows neither your change nor the old values. Reload before changing anything.",
    );
  }

  /**
   * Part of a change took (some Genesys skill calls failed): the answer stays the platform's 502, and
   * its audit record gets the user as read back afterwards, so the history shows what the user now
   * has rather than what was asked. When the read-back fails too, the record keeps only the reason.
   */
  async function withWhatTook(loginId: string, error: AppError, current: EditableUserValues, changing: readonly EditableUserField[]): Promise<AppError> {
    try {
      const now = editableValuesOf(await platform.getUser(loginId));
      return error.withChanges({ before: pick(current, changing), after: pick(now, changing) });
    } catch {
      return error;
    }
  }

  return {
    async updateUser(loginId, request, scope) {
      const { expected, ...change } = request;
      refuseFieldsThePlatformCannotChange(platform, change);
      // Disabling the user Switchboard signs in as would lock Switchboard out, as deleting it would.
      if (change.disabled === true) refuseTheApiUser(platform, loginId, "disabling");
      // There is no version upstream to compare: read the user, then compare what the editor saw.
      // A change landing between this read and the write below still goes unnoticed (decision 007).
      const before = await callAboutUser(loginId, () => platform.getUser(loginId));
      // A scoped account changes only users of its teams, and moves none out of them (decision 023).
      refuseUserOutsideScope(scope, before);
      refuseTeamOutsideScope(scope, change.team);
      const current = editableValuesOf(before);
      const asked = EDITABLE_USER_FIELDS.filter((field) => change[field] !== undefined);
      // Someone else's change is only overwritten if it differs from what this editor wants too.
      const conflicts = asked.filter((field) => !sameFieldValue(field, expected[field], current[field]) && !sameFieldValue(field, change[field], current[field]));
      if (conflicts.length > 0) throw await editConflict(loginId, conflicts, current);

      const changing = asked.filter((field) => !sameFieldValue(field, change[field], current[field]));
      const delta: UserChange = pick(change, changing);
      if (changing.length > 0) {
        try {
          await platform.updateUser(loginId, delta);
        } catch (error) {
          if (error instanceof AppError && error.type === PARTIALLY_SAVED_TYPE) throw await withWhatTook(loginId, error, current, changing);
          if (isUpstreamError(error) && error.kind === "not_found" && /^user not found$/i.test(error.upstreamMessage ?? "")) throw noSuchUser(loginId);
          if (!isLostAnswer(error)) throw refusalOnField(error, ["skills", "team"], Object.keys(delta.skills ?? {}));
          await verifyUpdated(loginId, delta, current, error);
        }
      }
      return {
        user: { ...before, ...delta },
        changes: { before: pick(current, changing), after: { ...delta } },
      };
    },
  };
}
