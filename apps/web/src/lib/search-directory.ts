import { foldText, phoneDigitsOfSearch, type DirectoryEntry } from "@switchboard/contracts";
import { digitsOf } from "./phone-number";

/** One entry and what a search compares against, computed once per directory load. */
export type IndexedEntry<T extends DirectoryEntry = DirectoryEntry> = {
  entry: T;
  /** "first last", login and extension, folded, separated by a character no one can type. */
  text: string;
  didDigits: string;
};

// The folding is the contracts', so that an export of "the list's current filter" on the BFF
// matches exactly the people this search shows.
export { foldText };

const SEPARATOR = "\u0000";

function sortKey(entry: DirectoryEntry): string {
  return foldText(`${entry.lastName}${SEPARATOR}${entry.firstName}${SEPARATOR}${entry.loginId}`);
}

/** Sorts by last name, then first name, and prepares each entry for searching. */
export function indexDirectory<T extends DirectoryEntry>(entries: readonly T[]): IndexedEntry<T>[] {
  return entries
    .map((entry) => ({
      entry,
      key: sortKey(entry),
      text: [foldText(`${entry.firstName} ${entry.lastName}`), foldText(entry.loginId), entry.extension ?? ""].join(
        SEPARATOR,
      ),
      didDigits: entry.did ? digitsOf(entry.did) : "",
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ entry, text, didDigits }) => ({ entry, text, didDigits }));
}

/**
 * Who matches what was typed: by name ("chen", "wei chen"), login, extension, or DID. A DID is
 * compared digit by digit, so "+1 (650) 555" finds 16505555555.
 */
export function searchDirectory<T extends DirectoryEntry>(index: readonly IndexedEntry<T>[], query: string): T[] {
  const text = foldText(query);
  if (!text) return index.map((item) => item.entry);
  const digits = phoneDigitsOfSearch(text);
  const matches: T[] = [];
  for (const item of index) {
    if (item.text.includes(text) || (digits && item.didDigits.includes(digits))) {
      matches.push(item.entry);
    }
  }
  return matches;
}
