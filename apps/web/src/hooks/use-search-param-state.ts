import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation, useNavigationType, useSearchParams, type DataRouter } from "react-router";

const SOURCE = "search-param-state";

/**
 * How long the URL waits for the typing to pause. Writing it costs a history.replaceState and a
 * router update; per keystroke that was a third of the time from key to painted results.
 */
const URL_DELAY_MS = 150;

/**
 * Address writes still waiting for the typing to pause. A control that rewrites the address itself
 * (a sort, a filter) cancels them: it carries the box's current text, and a late write built from
 * React Router's last-rendered parameters could otherwise undo the control's change.
 */
const pendingWrites = new Set<() => void>();
/** The ids of the box's own writes that the router has not finished yet. */
const writesUnderWay = new Set<number>();
let lastWriteId = 0;

export function cancelPendingSearchParamWrites(): void {
  for (const cancel of pendingWrites) cancel();
  pendingWrites.clear();
}

type WriteState = { [SOURCE]: string; write: number };

function readWriteState(state: unknown): Partial<WriteState> {
  return typeof state === "object" && state !== null ? state : {};
}

function isOwnUpdate(state: unknown, name: string): boolean {
  return readWriteState(state)[SOURCE] === name;
}

function isWriteUnderWay(state: unknown): boolean {
  const { write } = readWriteState(state);
  return write !== undefined && writesUnderWay.has(write);
}

/**
 * Any navigation but the box's own (a link, Back, a sort) cancels the writes still waiting: one
 * that fell due while the navigation is under way would cancel it, and one that fell due after it
 * would undo it. Read from the router itself, at once: React renders the router's updates in a
 * transition, and on a loaded machine a write's timer can run before that render.
 */
export function cancelSearchParamWritesOnNavigation(router: DataRouter): () => void {
  let shownKey = router.state.location.key;
  return router.subscribe((state) => {
    const heading = state.navigation.location;
    if (heading && !isWriteUnderWay(heading.state)) cancelPendingSearchParamWrites();
    if (state.location.key === shownKey) return;
    shownKey = state.location.key;
    const { write } = readWriteState(state.location.state);
    if (write !== undefined && writesUnderWay.delete(write)) return;
    // Someone else's navigation landed: the box's writes under way were cancelled with it.
    writesUnderWay.clear();
    cancelPendingSearchParamWrites();
  });
}

/**
 * A text that lives in the URL's `?name=` (so it survives reloads and can be shared) but answers
 * the keyboard at once. The URL follows when the typing pauses, with `replace`, so a word typed is
 * not a history entry per letter. A navigation from elsewhere (a link, Back) brings the URL's
 * value back in.
 */
export function useSearchParamState(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const urlValue = searchParams.get(name) ?? "";
  const [value, setValue] = useState(urlValue);
  const [seenKey, setSeenKey] = useState(location.key);

  const echo = navigationType === "REPLACE" && isOwnUpdate(location.state, name);
  // Adjusting state during render, as React recommends for values derived from a changed prop.
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (!echo && urlValue !== value) setValue(urlValue);
  }

  const timer = useRef<number | undefined>(undefined);
  const cancel = useCallback(() => window.clearTimeout(timer.current), []);
  useEffect(
    () => () => {
      cancel();
      pendingWrites.delete(cancel);
    },
    [cancel],
  );
  const update = useCallback(
    (next: string) => {
      setValue(next);
      window.clearTimeout(timer.current);
      pendingWrites.add(cancel);
      timer.current = window.setTimeout(() => {
        pendingWrites.delete(cancel);
        lastWriteId += 1;
        const state: WriteState = { [SOURCE]: name, write: lastWriteId };
        writesUnderWay.add(state.write);
        setSearchParams(
          (current) => {
            const params = new URLSearchParams(current);
            if (next) params.set(name, next);
            else params.delete(name);
            return params;
          },
          { replace: true, preventScrollReset: true, state },
        );
      }, URL_DELAY_MS);
    },
    [name, setSearchParams, cancel],
  );

  return [value, update];
}
