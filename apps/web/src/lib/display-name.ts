import type { User } from "@switchboard/contracts";

/** "Eric Chen", or the login when the platform has no name for the user. */
export function displayNameOf(user: Pick<User, "firstName" | "lastName" | "loginId">): string {
  return `${user.firstName} ${user.lastName}`.trim() || user.loginId;
}
