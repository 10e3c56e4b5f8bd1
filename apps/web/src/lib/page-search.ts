import { useSyncExternalStore } from "react";

// The page's own search, the field "/" goes to (decision 024). A page's search or filter field
// spreads `pageSearchProps`; on a page without one, "/" goes to the header's search for a person.
// Fields register as they mount (a page that shows its search once loaded is covered too); the
// newest wins, so during a navigation the new page's field is the one.

const fields: HTMLInputElement[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

function register(field: HTMLInputElement | null): (() => void) | undefined {
  if (!field) return undefined;
  fields.push(field);
  changed();
  return () => {
    const at = fields.indexOf(field);
    if (at >= 0) fields.splice(at, 1);
    changed();
  };
}

/** Spread on the page's search field: "/" comes to it, and says so to assistive technology. */
export const pageSearchProps = { ref: register, "aria-keyshortcuts": "/" } as const;

/** The search field of the page shown, if it has one. */
export function pageSearchField(): HTMLInputElement | undefined {
  return fields.findLast((field) => field.isConnected && !field.disabled);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the page shown has a search of its own (then "/" is not the header search's). */
export function useHasPageSearch(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => fields.length > 0,
    () => false,
  );
}
