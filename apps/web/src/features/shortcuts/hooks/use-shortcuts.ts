import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { GO_TO, hasModifier, isPaletteKey, isTyping, slashTarget } from "../shortcuts";

/** How long after `g` its second key counts. */
const SEQUENCE_MS = 1500;

/**
 * The console's keyboard shortcuts, on every signed-in page: Ctrl/⌘+K opens the palette (even from a
 * field), `/` goes to the page's own search (the header's search for a person on a page without
 * one), `g d` / `g u` / `g a` to the Directory, Users, Audit (only those in `allowedHrefs`), `?`
 * shows them all. None but Ctrl/⌘+K fires while the person types in a field or holds a modifier,
 * and none while a modal dialog is open (the page behind it is inert).
 */
export function useShortcuts({
  allowedHrefs,
  onPalette,
  onHelp,
}: {
  allowedHrefs: readonly string[];
  onPalette: () => void;
  onHelp: () => void;
}): void {
  const navigate = useNavigate();
  const latest = useRef({ allowedHrefs, onPalette, onHelp, navigate });
  useEffect(() => void (latest.current = { allowedHrefs, onPalette, onHelp, navigate }));

  useEffect(() => {
    let gPressedAt = -Infinity;

    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const { allowedHrefs, onPalette, onHelp, navigate } = latest.current;
      const dialogOpen = document.querySelector("dialog[open]") !== null;
      if (isPaletteKey(event)) {
        if (dialogOpen) return;
        event.preventDefault();
        onPalette();
        return;
      }
      if (hasModifier(event) || isTyping(event.target) || dialogOpen) return;

      const afterG = event.timeStamp - gPressedAt < SEQUENCE_MS;
      gPressedAt = -Infinity;
      if (afterG) {
        const page = GO_TO.find((candidate) => candidate.key === event.key);
        if (page && allowedHrefs.includes(page.href)) {
          event.preventDefault();
          void navigate(page.href);
        }
        return;
      }
      switch (event.key) {
        case "g":
          gPressedAt = event.timeStamp;
          break;
        case "/": {
          const input = slashTarget();
          if (!input) return;
          event.preventDefault();
          input.focus();
          input.select();
          break;
        }
        case "?":
          event.preventDefault();
          onHelp();
          break;
      }
    }
    document.addEventListener("keydown", handleKeyDown);
    return () => document.removeEventListener("keydown", handleKeyDown);
  }, []);
}
