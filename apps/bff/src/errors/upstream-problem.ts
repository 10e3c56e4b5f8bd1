import { BpccError } from "@switchboard/bpcc";
import { AppError } from "./app-error.ts";

/**
 * Maps an upstream failure to what the SPA can show. The upstream's own words are passed on only
 * for the statuses where they describe the user's input (e.g. "user team not found").
 */
export function toAppError(error: BpccError): AppError {
  const said = error.upstreamMessage ? `: ${error.upstreamMessage}` : "";
  switch (error.kind) {
    case "validation":
      return new AppError({ status: 400, title: "Refused by the contact center", detail: `The platform refused the change${said}.`, type: "/problems/upstream-validation" });
    case "not_found":
      return new AppError({ status: 404, title: "Not found", detail: `The platform found no such object${said}.`, type: "/problems/not-found" });
    case "conflict":
      return new AppError({ status: 409, title: "Conflict", detail: `That value is already taken${said}.`, type: "/problems/conflict" });
    case "timeout":
      return AppError.upstreamTimeout();
    case "credentials_rejected":
      return new AppError({
        status: 502,
        title: "Contact center refused our credentials",
        detail: "The platform rejected Switchboard's API credentials. An operator should check BPCC_CLIENT_ID, BPCC_CLIENT_SECRET and BPCC_SCOPE.",
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

export function isUpstreamError(error: unknown): error is BpccError {
  return error instanceof BpccError;
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
