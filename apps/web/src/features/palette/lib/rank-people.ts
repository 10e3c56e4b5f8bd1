import { phoneDigitsOfSearch, type DirectoryEntry } from "@switchboard/contracts";
import { foldText, type IndexedEntry } from "@/lib/search-directory";

/** How many people the palette shows at most: enough to scroll, few enough to paint at once. */
export const MAX_PEOPLE = 50;

const SEPARATOR = "\u0000";
/** Where a word starts in the indexed text: after a space, a field separator, or a login's . - _ */
const WORD_BOUNDARY = new Set([" ", SEPARATOR, ".", "-", "_"]);

/**
 * Who the palette offers for what was typed, best first: the exact login or extension, then those
 * where a word (first or last name, a part of the login, the extension) starts with it, then any
 * other match (inside a word, or a phone number digit by digit). Alphabetical within each rank, at
 * most `limit`. One pass over the precomputed index, without sorting.
 */
export function rankPeople(index: readonly IndexedEntry[], query: string, limit = MAX_PEOPLE): DirectoryEntry[] {
  const text = foldText(query);
  if (!text) return [];
  const digits = phoneDigitsOfSearch(text);
  const exactLogin = `${SEPARATOR}${text}${SEPARATOR}`;
  const exactExtension = `${SEPARATOR}${text}`;
  const exact: DirectoryEntry[] = [];
  const wordStart: DirectoryEntry[] = [];
  const inside: DirectoryEntry[] = [];
  for (const item of index) {
    const at = item.text.indexOf(text);
    if (at >= 0) {
      if (item.text.includes(exactLogin) || item.text.endsWith(exactExtension)) {
        exact.push(item.entry);
        if (exact.length >= limit) break;
      } else if (at === 0 || WORD_BOUNDARY.has(item.text.charAt(at - 1)) || startsAWord(item.text, text, at)) {
        if (wordStart.length < limit) wordStart.push(item.entry);
      } else if (inside.length < limit) {
        inside.push(item.entry);
      }
    } else if (digits && inside.length < limit && item.didDigits.includes(digits)) {
      inside.push(item.entry);
    }
  }
  return [...exact, ...wordStart, ...inside].slice(0, limit);
}

/** A later occurrence may start a word where the first did not ("ann" in "hannah annett"). */
function startsAWord(text: string, query: string, from: number): boolean {
  for (let at = text.indexOf(query, from + 1); at > 0; at = text.indexOf(query, at + 1)) {
    if (WORD_BOUNDARY.has(text.charAt(at - 1))) return true;
  }
  return false;
}

/** The people opened last first (in that order), then the others as ranked. */
export function recentFirst(people: readonly DirectoryEntry[], recentLogins: readonly string[]): DirectoryEntry[] {
  const rank = (entry: DirectoryEntry) => {
    const at = recentLogins.indexOf(entry.loginId);
    return at < 0 ? recentLogins.length : at;
  };
  return people
    .map((entry, order) => ({ entry, order, recent: rank(entry) }))
    .sort((a, b) => a.recent - b.recent || a.order - b.order)
    .map(({ entry }) => entry);
}
