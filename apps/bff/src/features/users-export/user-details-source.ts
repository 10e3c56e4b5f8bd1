import type { UnreadableUser } from "@switchboard/contracts";
import { classify } from "../../errors/error-middleware.ts";
import { isUpstreamError } from "../../errors/upstream-problem.ts";
import { fanOut } from "../../platform/fan-out.ts";
import type { Platform, PlatformUser } from "../../platform/platform.ts";

/** Users' details as an export reads them: those read, in the order asked, and those that could not be. */
export interface UserDetails {
  users: PlatformUser[];
  unreadable: UnreadableUser[];
}

/**
 * Where an export reads each user's details. Today one `getUser` per login through the bounded pool
 * (`createPlatformUserDetails`); the user index can stand behind the same interface when it lands.
 * `onProgress` counts the logins settled so far, read or not.
 */
export interface UserDetailsSource {
  list(loginIds: readonly string[], onProgress: (settled: number) => void, signal?: AbortSignal): Promise<UserDetails>;
}

/** A user who could not be read, in words for the person who exports (no upstream details). */
function problemOf(error: unknown): string {
  if (isUpstreamError(error) && error.kind === "not_found") return "No such user any more.";
  return classify(error).message;
}

/**
 * Each user read from the platform, never more than `concurrency` at once (the platform client's own
 * bound, BPCC_CONCURRENCY / GWS_CONCURRENCY); reads are retried by the client. One user that cannot be
 * read (gone since the list was read, or failing after the retries) is listed with why, not a failed export.
 */
export function createPlatformUserDetails(deps: { platform: Pick<Platform, "getUser">; concurrency: number }): UserDetailsSource {
  return {
    async list(loginIds, onProgress, signal) {
      const outcomes = await fanOut(loginIds, (loginId) => deps.platform.getUser(loginId), {
        concurrency: deps.concurrency,
        onSettled: onProgress,
        ...(signal ? { signal } : {}),
      });
      const details: UserDetails = { users: [], unreadable: [] };
      outcomes.forEach((outcome, index) => {
        const loginId = loginIds[index] ?? "";
        if (outcome.status === "fulfilled") details.users.push(outcome.value);
        else details.unreadable.push({ loginId, problem: outcome.status === "rejected" ? problemOf(outcome.reason) : "Not read." });
      });
      return details;
    },
  };
}
