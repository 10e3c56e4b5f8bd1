import { foldText, phoneDigitsOfSearch, type DirectoryEntry, type UsersFilter } from "@switchboard/contracts";
import type { PlatformUser } from "../../platform/platform.ts";

/**
 * Whether a directory entry matches the users list's search box, as the list matches it
 * (apps/web/src/lib/search-directory.ts, with the same folding from the contracts): name, login or
 * extension contain the folded text, or the direct number its digits when it is typed like a number.
 */
export function matchesQuery(entry: DirectoryEntry, query: string | undefined): boolean {
  const text = foldText(query ?? "");
  if (text === "") return true;
  if ([foldText(`${entry.firstName} ${entry.lastName}`), foldText(entry.loginId), entry.extension ?? ""].some((part) => part.includes(text))) return true;
  const digits = phoneDigitsOfSearch(text);
  return digits !== "" && (entry.did ?? "").replace(/\D/g, "").includes(digits);
}

/** Whether a user's details match the filter's team and skill (exact names, any case). */
export function matchesDetails(user: Pick<PlatformUser, "team" | "skills">, filter: UsersFilter | undefined): boolean {
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
  if (filter?.team !== undefined && (user.team === null || !same(user.team, filter.team))) return false;
  if (filter?.skill !== undefined && !Object.keys(user.skills).some((name) => same(name, filter.skill ?? ""))) return false;
  return true;
}
