import type { VirtualItem } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import { useLocation, useNavigationType } from "react-router";
import { z } from "zod";

/** Where a virtualized list was left: the window's scroll and the sizes of the rows measured so far. */
export type ListPlace = { scrollY: number; rows: VirtualItem[] };

const STORAGE_KEY = "switchboard-list-places";
// A reader rarely goes back more than a few lists, and each place holds a size per row seen.
const KEPT_PLACES = 10;

const RowSchema = z.object({
  key: z.union([z.string(), z.number()]),
  index: z.number(),
  start: z.number(),
  end: z.number(),
  size: z.number(),
  lane: z.number(),
});
const StoredPlacesSchema = z.array(z.tuple([z.string(), z.object({ scrollY: z.number(), rows: z.array(RowSchema) })]));

/** What an earlier page of this tab kept; anything unreadable (another version's shape) is dropped. */
function readStoredPlaces(): Map<string, ListPlace> {
  try {
    const stored = StoredPlacesSchema.safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "[]"));
    return new Map(stored.success ? stored.data : []);
  } catch {
    return new Map();
  }
}

/** By history entry (location.key): Back and Forward in this tab, across a reload too, as ScrollRestoration's. */
const places = readStoredPlaces();
/** The lists on the page now, which keep their place when the page is left. */
const shownLists = new Set<() => void>();

function keepPlace(entry: string, place: ListPlace): void {
  places.delete(entry);
  places.set(entry, place);
  if (places.size > KEPT_PLACES) places.delete(places.keys().next().value ?? "");
}

window.addEventListener("pagehide", () => {
  for (const keep of shownLists) keep();
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...places]));
  } catch {
    // Over the quota (a huge list): Back after a reload then starts the list at its estimated sizes.
  }
});

/**
 * The place to put the list back at when Back or Forward returns to its history entry. The window's
 * scroll alone would not do: rows measured taller or shorter than their estimate would put other
 * rows at that offset, and a list whose data arrives after the navigation (after a reload) has no
 * height yet when ScrollRestoration scrolls. This is read as the list mounts, whenever its data comes.
 */
export function useListPlaceToRestore(): ListPlace | undefined {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const [place] = useState(() => (navigationType === "POP" ? places.get(key) : undefined));
  return place;
}

/** Keeps the list's place under the history entry it is shown in, when the list or the page goes. */
export function useKeepListPlace(takePlace: () => ListPlace): void {
  const { key } = useLocation();
  // The latest entry: typing in a search box replaces it without unmounting the list.
  const entry = useRef(key);
  const take = useRef(takePlace);
  useLayoutEffect(() => {
    entry.current = key;
    take.current = takePlace;
  });
  useLayoutEffect(() => {
    const keep = () => keepPlace(entry.current, take.current());
    shownLists.add(keep);
    // A layout effect's cleanup runs before the next page is in the document, while the window
    // still scrolls this one.
    return () => {
      shownLists.delete(keep);
      keep();
    };
  }, []);
}
