import type { AuditChanges, ResetPasswordResponse } from "@switchboard/contracts";
import { checkTemporaryPassword } from "../../auth/password-policy.ts";
import { AppError } from "../../errors/app-error.ts";
import { callAboutUser, isUpstreamError, OUTCOME_UNKNOWN_TYPE, toAppError, type UpstreamError } from "../../errors/upstream-problem.ts";
import type { Platform } from "../../platform/platform.ts";
import { ensureUserInScope, readTeamFrom, type TeamScope } from "../../auth/team-scope.ts";
import { generateTemporaryPassword } from "./generate-password.ts";

export interface PasswordsService {
  /**
   * Sets a temporary password — `typed`, or a generated one — that the user must change at the next
   * sign-in. The answer carries a generated password this once; the audit record never does.
   */
  resetPassword(loginId: string, typed: string | undefined, scope: TeamScope): Promise<{ response: ResetPasswordResponse; changes: AuditChanges }>;
}

const POLICY_REFUSED =
  "The contact center’s security policy refused this password. Generate one, or type a longer one that mixes upper- and lower-case letters, digits and symbols.";
const MAY_HAVE_CHANGED = "so the password may or may not have been changed. Reset it again before you give one out.";

/** An update whose answer never came may have been applied: the person must not read out a password that may not be set. */
function unknownOutcome(error: UpstreamError): AppError {
  const { status, title } = toAppError(error);
  const what = error.kind === "timeout" ? "The contact center did not answer in time" : "The connection to the contact center broke before it answered";
  return new AppError({ status, title, type: OUTCOME_UNKNOWN_TYPE, detail: `${what}, ${MAY_HAVE_CHANGED}` });
}

function explain(error: unknown): unknown {
  if (!isUpstreamError(error)) return error;
  if (error.kind === "validation" && /password/i.test(error.upstreamMessage ?? "")) {
    return AppError.invalid([{ field: "password", message: POLICY_REFUSED }], POLICY_REFUSED);
  }
  if (error.kind === "timeout" || error.kind === "unavailable") return unknownOutcome(error);
  return error;
}

export function createPasswordsService(platform: Platform, generate: (loginId: string) => string = generateTemporaryPassword): PasswordsService {
  const readTeam = readTeamFrom(platform);
  return {
    async resetPassword(loginId, typed, scope) {
      await ensureUserInScope(scope, loginId, readTeam);
      if (typed !== undefined) {
        const problem = checkTemporaryPassword(typed, loginId);
        if (problem) throw AppError.invalid([problem], problem.message);
      }
      const generated = typed === undefined;
      const password = typed ?? generate(loginId);
      try {
        await callAboutUser(loginId, () => platform.resetPassword(loginId, password));
      } catch (error) {
        throw explain(error);
      }
      // The directory shows no password state, so its cache stays as it is.
      return {
        response: { loginId, generated, changePassword: true, ...(generated ? { temporaryPassword: password } : {}) },
        changes: { after: { password: "[redacted]", generated, changePassword: true } },
      };
    },
  };
}
