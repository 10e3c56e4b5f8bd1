import { CREATE_USER_FIELDS, loginIdFormatError, type AuditChanges, type CreateUserRequest, type CreateUserResponse } from "@switchboard/contracts";
import { checkTemporaryPassword } from "../../auth/password-policy.ts";
import { AppError } from "../../errors/app-error.ts";
import { callAboutUser, isUpstreamError, type UpstreamError } from "../../errors/upstream-problem.ts";
import type { Platform, PlatformUser } from "../../platform/platform.ts";
import { isLostAnswer, lostAnswer, outcomeUnknown, refuseTheApiUser, refusalOnField } from "./user-problems.ts";

/** A field this platform has no place for (a team on Genesys): 400 on it, rather than dropping it silently. */
function refuseFieldsThePlatformDoesNotTake(platform: Platform, request: CreateUserRequest): void {
  const { creatableUserFields, platform: name } = platform.capabilities;
  const badLogin = loginIdFormatError(platform.capabilities, request.loginId);
  if (badLogin) throw AppError.invalid([badLogin]);
  if (!creatableUserFields) return;
  const given = CREATE_USER_FIELDS.filter((field) => request[field] !== undefined && !creatableUserFields.includes(field));
  if (given.length === 0) return;
  throw AppError.invalid(given.map((field) => ({ field, message: `This contact center (${name}) does not take this field; leave it out.` })));
}

export interface UserLifecycleDeps {
  platform: Platform;
  /** A temporary password for a new user who was given none (docs/decisions/006). */
  generatePassword: (loginId: string) => string;
  /** The directory and the access numbers list users: called whenever one may have come or gone. */
  onUsersChanged: () => void;
  /**
   * One user changed through Switchboard, for the user index to follow: `user` as it now is, `null`
   * deleted, absent when only a fresh read can tell (a create, an answer lost on the way back).
   */
  onUserChanged?: (loginId: string, user?: PlatformUser | null) => void;
}

export interface UserLifecycleService {
  createUser(request: CreateUserRequest): Promise<{ response: CreateUserResponse; changes: AuditChanges }>;
  deleteUser(loginId: string): Promise<{ changes: AuditChanges }>;
}

/** What the audit trail keeps of a user: who they were, never a secret. */
function recordOf(user: Partial<PlatformUser>): Record<string, unknown> {
  const { loginInfo: _signIns, ...kept } = user;
  return kept;
}

/**
 * The user read back is the one this request submitted (not someone else's with the same login). A
 * field the platform does not report (null: Genesys has no team or extension, and keeps no e-mail
 * apart from the user name) proves nothing either way; the names always count.
 */
function isAsSubmitted(found: PlatformUser, submitted: CreateUserRequest): boolean {
  const same = (a: string | null, b: string | undefined) => b === undefined || a === null || a.trim() === b;
  return same(found.firstName, submitted.firstName) && same(found.lastName, submitted.lastName) && same(found.team, submitted.team) && same(found.extension, submitted.extension) && same(found.email, submitted.email);
}

/**
 * Creating and deleting users. Neither is retried by the client: a write whose answer was lost may
 * have happened. Instead the user is read back, and the answer says what is true (docs/decisions/007).
 */
export function createUserLifecycleService(deps: UserLifecycleDeps): UserLifecycleService {
  const { platform } = deps;

  /** After a create whose answer was lost: created as submitted (the user as read back), not created, or unknown. */
  async function verifyCreated(submitted: CreateUserRequest, lost: UpstreamError): Promise<PlatformUser> {
    let found: PlatformUser;
    try {
      found = await platform.getUser(submitted.loginId);
    } catch (readError) {
      if (isUpstreamError(readError) && readError.kind === "not_found") throw lostAnswer(lost, "/problems/not-created", "reading the user back shows they were not created. Nothing changed: try again.");
      throw outcomeUnknown(lost, "the user may or may not have been created");
    }
    if (!isAsSubmitted(found, submitted)) {
      const message = "Another user already has this login. Choose another.";
      throw new AppError({ status: 409, title: "Conflict", type: "/problems/conflict", detail: message, errors: [{ field: "loginId", message }] });
    }
    return found;
  }

  /**
   * A platform that creates a user in several calls (Genesys: the user, then each skill) may have lost
   * the first answer before the others were made: the user exists without the skills asked for. They
   * are assigned now. When that fails too, the user still exists (and their temporary password must
   * still reach the admin), so the create answers as created and the audit record says which skills
   * are missing; the user's page shows them absent.
   */
  async function completeSkills(submitted: CreateUserRequest, found: PlatformUser): Promise<{ skillsNotAssigned?: string[] }> {
    const wanted = submitted.skills ?? {};
    const missing = Object.keys(wanted).filter((name) => found.skills[name] !== wanted[name]);
    if (missing.length === 0) return {};
    try {
      await platform.updateUser(submitted.loginId, { skills: { ...found.skills, ...wanted } });
      return {};
    } catch {
      return { skillsNotAssigned: missing };
    }
  }

  /** After a delete whose answer was lost: deleted, still there, or unknown. */
  async function verifyDeleted(loginId: string, lost: UpstreamError): Promise<void> {
    try {
      await platform.getUser(loginId);
    } catch (readError) {
      if (isUpstreamError(readError) && readError.kind === "not_found") return;
      throw outcomeUnknown(lost, "the user may or may not have been deleted");
    }
    throw lostAnswer(lost, "/problems/not-deleted", "reading the user back shows they still exist. Try again.");
  }

  return {
    async createUser(request) {
      refuseFieldsThePlatformDoesNotTake(platform, request);
      const refused = request.password === undefined ? undefined : checkTemporaryPassword(request.password, request.loginId);
      if (refused) throw AppError.invalid([refused], refused.message);
      const generated = request.password === undefined;
      const submitted: CreateUserRequest = {
        ...request,
        password: request.password ?? deps.generatePassword(request.loginId),
        // A generated password is never left without the obligation to change it.
        ...(generated ? { changePassword: true } : {}),
      };
      let confirmedBy: CreateUserResponse["confirmedBy"] = "answer";
      let completion: { skillsNotAssigned?: string[] } = {};
      try {
        await platform.createUser(submitted);
      } catch (error) {
        if (!isLostAnswer(error)) throw refusalOnField(error, CREATE_USER_FIELDS, Object.keys(submitted.skills ?? {}));
        deps.onUsersChanged();
        deps.onUserChanged?.(submitted.loginId);
        completion = await completeSkills(submitted, await verifyCreated(submitted, error));
        confirmedBy = "read-back";
      }
      deps.onUsersChanged();
      if (confirmedBy === "answer") deps.onUserChanged?.(submitted.loginId);
      const { password: _secret, ...attributes } = submitted;
      return {
        response: { loginId: submitted.loginId, confirmedBy, generated, ...(generated ? { temporaryPassword: submitted.password } : {}) },
        changes: { after: { ...attributes, password: "[redacted]", generated, confirmedBy, ...completion } },
      };
    },

    async deleteUser(loginId) {
      refuseTheApiUser(platform, loginId, "deleting");
      // Read first: a 404 names no such user, and the audit trail keeps who was deleted.
      const before = await callAboutUser(loginId, () => platform.getUser(loginId));
      let confirmedBy = "answer";
      try {
        await callAboutUser(loginId, () => platform.deleteUser(loginId));
      } catch (error) {
        if (!isLostAnswer(error)) throw error;
        deps.onUsersChanged();
        deps.onUserChanged?.(loginId);
        await verifyDeleted(loginId, error);
        confirmedBy = "read-back";
      }
      deps.onUsersChanged();
      deps.onUserChanged?.(loginId, null);
      return { changes: { before: recordOf(before), after: { deleted: true, confirmedBy } } };
    },
  };
}
