import type { IndexedEntry } from "@/lib/search-directory";
import { digitsOf } from "@/lib/phone-number";

export const USER_SORT_KEYS = ["name", "login", "extension", "did"] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";
export type UserSort = { key: UserSortKey; direction: SortDirection };

/** By name, A to Z: what the address says when it says nothing. */
export const DEFAULT_USER_SORT: UserSort = { key: "name", direction: "asc" };

/** The sort an address asks for; anything unknown falls back to the default, never to an error. */
export function parseUserSort(params: URLSearchParams): UserSort {
  const key = USER_SORT_KEYS.find((k) => k === params.get("sort")) ?? DEFAULT_USER_SORT.key;
  return { key, direction: params.get("dir") === "desc" ? "desc" : "asc" };
}

/** The address's `sort` and `dir`: absent for the default, so a plain /users stays plain. */
export function userSortParams(sort: UserSort): { sort: string | undefined; dir: string | undefined } {
  return {
    sort: sort.key === DEFAULT_USER_SORT.key ? undefined : sort.key,
    dir: sort.direction === "desc" ? "desc" : undefined,
  };
}

/** A header clicked: the same column turns around, another one starts A to Z (or lowest first). */
export function nextUserSort(current: UserSort, key: UserSortKey): UserSort {
  if (current.key !== key) return { key, direction: "asc" };
  return { key, direction: current.direction === "asc" ? "desc" : "asc" };
}

/** Digit runs padded to one width, so that plain string order is numeric order ("li.chen2" < "li.chen10"). */
function naturalKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+(?=\d)/, "");
    return `${String(digits.length).padStart(3, "0")}${digits}`;
  });
}

/** A number as a key that orders by value whatever its length; something else after every number. */
function numberKey(value: string | null): string | null {
  if (value === null || value.trim() === "") return null;
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? naturalKey(trimmed) : `~${trimmed.toLowerCase()}`;
}

function keyOf(item: IndexedEntry, key: Exclude<UserSortKey, "name">): string | null {
  switch (key) {
    case "login":
      return naturalKey(item.entry.loginId);
    case "extension":
      return numberKey(item.entry.extension);
    case "did":
      return item.entry.did ? numberKey(digitsOf(item.entry.did)) : null;
  }
}

/**
 * The index in the order asked for. It comes sorted by name, and the sort is stable, so people
 * who tie (no extension, the same DID) stay by name, whichever the direction. Those without a
 * value come last either way: a descending sort by DID starts with the highest DID, not a blank.
 */
export function sortUsers<T extends IndexedEntry>(index: readonly T[], sort: UserSort): readonly T[] {
  if (sort.key === "name") return sort.direction === "asc" ? index : [...index].reverse();
  const key = sort.key;
  const sign = sort.direction === "asc" ? 1 : -1;
  return index
    .map((item) => ({ item, value: keyOf(item, key) }))
    .sort((a, b) => {
      if (a.value === b.value) return 0;
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return a.value < b.value ? -sign : sign;
    })
    .map(({ item }) => item);
}
