import { useLayoutEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

/**
 * Whether a row's items fit side by side at their natural widths; the row should not wrap or
 * shrink them while `fits` is true. When they overflow, the width they needed is remembered, so the
 * row is tried again only once it is that wide (the collapsed row does not hold them to measure).
 * Checked on every resize of the row or of an item (a longer name, a larger font, zoom), before
 * paint. `items` names what the row holds: when it changes, the row is tried again.
 */
export function useFitsOnOneLine<T extends HTMLElement>(items: string) {
  const ref = useRef<T>(null);
  const [state, setState] = useState({ items, fits: true });
  const needed = useRef(0);
  // Other items may fit where the last ones did not.
  if (state.items !== items) setState({ items, fits: true });
  const fits = state.items === items ? state.fits : true;

  useLayoutEffect(() => {
    const row = ref.current;
    // jsdom lays nothing out: the row stays as it is.
    if (!row || typeof ResizeObserver === "undefined") return;
    const check = () => {
      if (fits && row.scrollWidth > row.clientWidth) {
        needed.current = row.scrollWidth;
        setState({ items, fits: false });
      } else if (!fits && row.clientWidth >= needed.current) {
        setState({ items, fits: true });
      }
    };
    // First measured in the next frame, before it is painted: measuring here, in the commit, would force the
    // page's first layout inside React's task (40 ms of the directory's boot, bench row 6), where the frame
    // lays it out anyway. Then on every resize of the row or an item: observers report after layout, before
    // paint. Rendered at once (flushSync), the change is never seen half done.
    const frame = requestAnimationFrame(() => flushSync(check));
    const observer = new ResizeObserver(() => flushSync(check));
    for (const element of [row, ...row.children]) observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fits, items]);

  return [ref, fits] as const;
}
