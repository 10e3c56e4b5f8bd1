import type { DirectoryEntry } from "@switchboard/contracts";
import { displayNameOf } from "@/lib/display-name";
import { useBulkSelection } from "./bulk-selection";

// Before each name, so the checkboxes line up as a column of their own without one more grid track.
const CHECKBOX = "relative z-10 size-4 shrink-0 accent-brand-700";

/**
 * A row's selection checkbox, before the user's name. It sits above the row's stretched link, so a
 * click on it selects rather than opens the user. Nothing where users cannot be selected.
 */
export function BulkSelectBox({ entry }: { entry: DirectoryEntry }) {
  const selection = useBulkSelection();
  if (!selection) return null;
  return (
    <input
      type="checkbox"
      aria-label={`Select ${displayNameOf(entry)}`}
      className={CHECKBOX}
      checked={selection.selected.has(entry.loginId)}
      onChange={(event) => selection.set([entry.loginId], event.target.checked)}
    />
  );
}

/** In the Name column's header: selects (or unselects) every user the list shows now. */
export function BulkSelectAll({ users }: { users: readonly DirectoryEntry[] }) {
  const selection = useBulkSelection();
  if (!selection) return null;
  const every = users.length > 0 && users.every((user) => selection.selected.has(user.loginId));
  return (
    <input
      type="checkbox"
      aria-label="Select every user shown"
      className={CHECKBOX}
      checked={every}
      disabled={users.length === 0}
      onChange={(event) =>
        selection.set(
          users.map((user) => user.loginId),
          event.target.checked,
        )
      }
    />
  );
}
