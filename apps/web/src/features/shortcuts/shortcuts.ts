import { paths } from "@/config/paths";
import { pageSearchField } from "@/lib/page-search";

/** The pages `g` then a letter goes to, each for the roles the navigation shows it to. */
export const GO_TO = [
  { key: "d", label: "Directory", href: paths.directory.getHref() },
  { key: "u", label: "Users", href: paths.users.getHref() },
  { key: "a", label: "Audit", href: paths.audit.getHref() },
] as const;

/** Every shortcut, as the help dialog lists them (`keys` are pressed one after the other). */
export function shortcutList(allowedHrefs: readonly string[]): Array<{ keys: string[]; does: string }> {
  return [
    { keys: ["Ctrl K"], does: "Open the command palette (⌘ K on a Mac)" },
    { keys: ["/"], does: "Go to the page’s search (Find a person on a page without one)" },
    ...GO_TO.filter((page) => allowedHrefs.includes(page.href)).map((page) => ({
      keys: ["g", page.key],
      does: `Go to ${page.label}`,
    })),
    { keys: ["?"], does: "Show these shortcuts" },
  ];
}

/** Where a key is text being typed, not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable='true'], [contenteditable='']") !== null;
}

/** Ctrl, ⌘ or Alt (Shift is how "?" is typed, so it does not count). */
export function hasModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}

/** Ctrl+K, or ⌘K on a Mac. */
export function isPaletteKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";
}

/**
 * Where "/" goes (decision 024): the page's own search when the page shown has one (the
 * Directory's, the Users', the Access numbers', the Audit's filter: see lib/page-search.ts), else
 * the search for a person in the header, which is on every page.
 */
export function slashTarget(): HTMLInputElement | null {
  return pageSearchField() ?? document.querySelector<HTMLInputElement>("header [role='search'] input");
}
