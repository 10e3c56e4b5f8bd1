import { BpccError } from "@switchboard/bpcc";
import { GenesysError } from "@switchboard/genesys";
import type { FieldError } from "@switchboard/contracts";
import { AppError } from "./app-error.ts";

/** A failure of either platform's client: both speak `UpstreamErrorKind` (@switchboard/upstream-http). */
export type UpstreamError = BpccError | GenesysError;

/** GWS names its attributes; the console names a user's `userName` `loginId`. */
const FIELD_NAMES: Record<string, string> = { userName: "loginId", changePasswordOnFirstLogin: "changePassword" };

/** The field a refusal names (Genesys gives one for validation and conflict), in the console's words. */
function fieldErrors(error: UpstreamError, message: string): { errors?: FieldError[] } {
  const field = error instanceof GenesysError ? error.field : undefined;
  return field ? { errors: [{ field: FIELD_NAMES[field] ?? field, message }] } : {};
}

const CREDENTIAL_SETTINGS: Record<"bpcc" | "genesys", string> = {
  bpcc: "BPCC_CLIENT_ID, BPCC_CLIENT_SECRET and BPCC_SCOPE",
  genesys: "GWS_USERNAME and GWS_PASSWORD",
};

/**
 * Maps an upstream failure to what the SPA can show. The upstream's own words are passed on only
 * for the statuses where they describe the user's input (e.g. "user team not found").
 */
export function toAppError(error: UpstreamError): AppError {
  const said = error.upstreamMessage ? `: ${error.upstreamMessage}` : "";
  const platform = error instanceof GenesysError ? "genesys" : "bpcc";
  switch (error.kind) {
    case "validation": {
      const detail = `The platform refused the change${said}.`;
      return new AppError({ status: 400, title: "Refused by the contact center", detail, type: "/problems/upstream-validation", ...fieldErrors(error, detail) });
    }
    case "not_found":
      return new AppError({ status: 404, title: "Not found", detail: `The platform found no such object${said}.`, type: "/problems/not-found" });
    case "conflict": {
      const detail = `That value is already taken${said}.`;
      return new AppError({ status: 409, title: "Conflict", detail, type: "/problems/conflict", ...fieldErrors(error, detail) });
    }
    case "forbidden":
      // Genesys codes 3 and 5: the platform knows the object but refuses Switchboard's API user. Never "not found".
      return new AppError({
        status: 502,
        title: "Contact center refused Switchboard's access",
        detail: "The platform refused Switchboard's API user: that user lacks a role or permission for this operation. An operator should give it the needed role (e.g. ROLE_ADMIN on Genesys).",
        type: "/problems/upstream-forbidden",
      });
    case "timeout":
      return AppError.upstreamTimeout();
    case "credentials_rejected":
      return new AppError({
        status: 502,
        title: "Contact center refused our credentials",
        detail: `The platform rejected Switchboard's API credentials. An operator should check ${CREDENTIAL_SETTINGS[platform]}.`,
        type: "/problems/upstream-credentials",
      });
    case "unauthorized":
    case "unsupported_media":
    case "unavailable":
    case "upstream":
      return new AppError({ status: 502, title: "Contact center unavailable", detail: "The contact center could not complete the request. Try again in a moment.", type: "/problems/upstream-unavailable" });
  }
}

/**
 * A change whose answer never came and whose result could not be read back: its own type, so that the
 * SPA keeps the detail (what may have happened, what to do) rather than its words for an unreachable
 * contact center, which fit a read.
 */
export const OUTCOME_UNKNOWN_TYPE = "/problems/outcome-unknown";

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof BpccError || error instanceof GenesysError;
}

/** The 404 of a call that names one user: that user does not exist (a login shown at most 64 characters long). */
export function noSuchUser(loginId: string): AppError {
  const shown = loginId.length > 64 ? `${loginId.slice(0, 64)}…` : loginId;
  return AppError.notFound(`No user named “${shown}”.`);
}

/**
 * Runs a call about one user, so that the upstream's "not found" reads as "no such user". Only for
 * calls that name no other object (a team, a skill), whose absence would also answer 404.
 */
export async function callAboutUser<T>(loginId: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isUpstreamError(error) && error.kind === "not_found") throw noSuchUser(loginId);
    throw error;
  }
}
