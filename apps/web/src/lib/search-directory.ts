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

// One index per directory download, shared by every search of it (the Directory page, the person
// search in the header, the palette): building one folds and sorts 20,000 entries. A download
// read in the background (features/directory/api) comes with its index already made.
const indexes = new WeakMap<readonly DirectoryEntry[], readonly IndexedEntry[]>();

/** The index of a directory download, built on first use, or the one its download came with. */
export function directoryIndexOf<T extends DirectoryEntry>(entries: readonly T[] | undefined): IndexedEntry<T>[] {
  if (!entries) return [];
  // Kept under the very array it indexes: its entries are that array's, of type T.
  let index = indexes.get(entries) as IndexedEntry<T>[] | undefined;
  if (!index) {
    index = indexDirectory(entries);
    indexes.set(entries, index);
  }
  return index;
}

/**
 * The entries of an index made elsewhere (in order, by name), remembered as that index's, so that
 * `directoryIndexOf` finds it instead of indexing them again.
 */
export function entriesOfIndex(index: IndexedEntry[]): DirectoryEntry[] {
  const entries = index.map((item) => item.entry);
  indexes.set(entries, index);
  return entries;
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
