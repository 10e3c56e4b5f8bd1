import { BULK_EDIT_MAX_USERS } from "@switchboard/contracts";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

export type BulkSelection = {
  selected: ReadonlySet<string>;
  /** Selects or unselects these logins. */
  set: (loginIds: readonly string[], on: boolean) => void;
  clear: () => void;
};

const SelectionContext = createContext<BulkSelection | null>(null);

/** The most users one bulk edit takes; the bar says so beyond it. */
export const MAX_SELECTION = BULK_EDIT_MAX_USERS;

/**
 * The users selected for a bulk edit, for the table's checkboxes and the action bar. Without it (a
 * role that may not edit users) the checkboxes are not there.
 */
export function BulkSelectionProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const set = useCallback((loginIds: readonly string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const loginId of loginIds) {
        if (on) next.add(loginId);
        else next.delete(loginId);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Set()), []);
  const value = useMemo(() => ({ selected, set, clear }), [selected, set, clear]);
  return <SelectionContext.Provider value={enabled ? value : null}>{children}</SelectionContext.Provider>;
}

/** The selection, or null where users cannot be selected. */
export function useBulkSelection(): BulkSelection | null {
  return useContext(SelectionContext);
}
