import { useCallback, useEffect, useLayoutEffect, useRef } from "react";
import { useBlocker, type Blocker, type BlockerFunction } from "react-router";
import { paths } from "@/config/paths";

/** Navigation state that leaves without asking: the page's subject is gone (a deleted user). */
export const LEAVE_WITHOUT_ASKING = { leaveWithoutAsking: true } as const;

function leavesWithoutAsking(state: unknown): boolean {
  return typeof state === "object" && state !== null && "leaveWithoutAsking" in state && state.leaveWithoutAsking === true;
}

/**
 * While `dirty`, holds a navigation to another page until the person decides (the returned blocker's
 * `proceed`/`reset`), and asks the browser to confirm a reload or a closed tab. A change of the search
 * or hash alone stays on the page and is let through, and so is the way to the sign-in page after a
 * session ended (nothing could be saved without one).
 */
export function useUnsavedChangesGuard(dirty: boolean): Blocker {
  const dirtyRef = useRef(dirty);
  useLayoutEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current &&
      currentLocation.pathname !== nextLocation.pathname &&
      nextLocation.pathname !== paths.signIn.path &&
      !leavesWithoutAsking(nextLocation.state),
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      // The browser shows its own wording; preventDefault is what asks it to.
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // Saved or discarded while the question was open: nothing is lost by going.
  useEffect(() => {
    if (blocker.state === "blocked" && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  return blocker;
}
