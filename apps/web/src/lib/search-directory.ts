import { foldText, phoneDigitsOfSearch, type DirectoryEntry } from "@switchboard/contracts";
import { digitsOf } from "./phone-number";

/** One entry and what a search compares against, computed once per directory load. */
export type IndexedEntry = {
  entry: DirectoryEntry;
  /** "first last", login and extension, folded, separated by a character no one can type. */
  text: string;
  didDigits: string;
};

export { foldText };

const SEPARATOR = "\u0000";

function sortKey(entry: DirectoryEntry): string {
  return foldText(`${entry.lastName}${SEPARATOR}${entry.firstName}${SEPARATOR}${entry.loginId}`);
}

/** Sorts by last name, then first name, and prepares each entry for searching. */
export function indexDirectory(entries: readonly DirectoryEntry[]): IndexedEntry[] {
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
export function searchDirectory(index: readonly IndexedEntry[], query: string): DirectoryEntry[] {
  const text = foldText(query);
  if (!text) return index.map((item) => item.entry);
  const digits = phoneDigitsOfSearch(text);
  const matches: DirectoryEntry[] = [];
  for (const item of index) {
    if (item.text.includes(text) || (digits && item.didDigits.includes(digits))) {
      matches.push(item.entry);
    }
  }
  return matches;
}
