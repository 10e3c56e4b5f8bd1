import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side navigation to another page, move focus to its h1, as a full page load would
 * put the reader at the top. Not on the first load (the browser handles that), and not when only
 * the query string changed (typing in a search box). Without scrolling: the window's place is
 * ScrollRestoration's to decide, and Back returns to a place far down a list, not to the h1.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.querySelector<HTMLElement>("main h1")?.focus({ preventScroll: true });
  }, [pathname]);
}
