import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation, useNavigationType, useSearchParams } from "react-router";

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

export function cancelPendingSearchParamWrites(): void {
  for (const cancel of pendingWrites) cancel();
  pendingWrites.clear();
}

function isOwnUpdate(state: unknown, name: string): boolean {
  return typeof state === "object" && state !== null && (state as Record<string, unknown>)[SOURCE] === name;
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
  // A pending write must not undo a navigation that happened meanwhile (a click on "Directory").
  const externalNavigations = useRef(0);
  useEffect(() => {
    if (!echo) externalNavigations.current += 1;
  }, [location.key, echo]);

  const update = useCallback(
    (next: string) => {
      setValue(next);
      window.clearTimeout(timer.current);
      const navigationsSoFar = externalNavigations.current;
      pendingWrites.add(cancel);
      timer.current = window.setTimeout(() => {
        pendingWrites.delete(cancel);
        if (externalNavigations.current !== navigationsSoFar) return;
        setSearchParams(
          (current) => {
            const params = new URLSearchParams(current);
            if (next) params.set(name, next);
            else params.delete(name);
            return params;
          },
          { replace: true, preventScrollReset: true, state: { [SOURCE]: name } },
        );
      }, URL_DELAY_MS);
    },
    [name, setSearchParams, cancel],
  );

  return [value, update];
}
