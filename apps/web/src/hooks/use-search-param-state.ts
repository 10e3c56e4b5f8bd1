import { useCallback, useState } from "react";
import { useLocation, useNavigationType, useSearchParams } from "react-router";

const SOURCE = "search-param-state";

function isOwnUpdate(state: unknown, name: string): boolean {
  return typeof state === "object" && state !== null && (state as Record<string, unknown>)[SOURCE] === name;
}

/**
 * A text that lives in the URL's `?name=` (so it survives reloads and can be shared) but answers
 * the keyboard at once. The URL follows with `replace`, so a word typed is not a history entry
 * per letter. A navigation from elsewhere (a link, Back) brings the URL's value back in.
 */
export function useSearchParamState(name: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const urlValue = searchParams.get(name) ?? "";
  const [value, setValue] = useState(urlValue);
  const [seenKey, setSeenKey] = useState(location.key);

  // Adjusting state during render, as React recommends for values derived from a changed prop.
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    const echo = navigationType === "REPLACE" && isOwnUpdate(location.state, name);
    if (!echo && urlValue !== value) setValue(urlValue);
  }

  const update = useCallback(
    (next: string) => {
      setValue(next);
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next) params.set(name, next);
          else params.delete(name);
          return params;
        },
        { replace: true, preventScrollReset: true, state: { [SOURCE]: name } },
      );
    },
    [name, setSearchParams],
  );

  return [value, update];
}
