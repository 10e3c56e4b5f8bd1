import { useRef } from "react";
import { WindowRowGroup } from "@/components/ui/window-row-group";
import { useWindowRows } from "@/hooks/use-window-rows";
import { DIRECT_NUMBER_LABEL } from "@/lib/phone-number";
import type { UsersListEntry } from "../utils/index-filters";
import { nextUserSort, type UserSort, type UserSortKey } from "../utils/users-table-sort";
import { BulkSelectAll } from "./bulk-select-box";
import { UsersTableHeader } from "./users-table-header";
import { USERS_TABLE_COLUMNS, UsersTableRow } from "./users-table-row";

/** A table row on a desktop, a card on a phone (the md breakpoint of the row's grid). */
function estimateRowHeight(): number {
  return (window.matchMedia as typeof window.matchMedia | undefined)?.("(min-width: 48rem)").matches ? 41 : 89;
}

/** A phone shows the headers as a row of sort buttons above the cards; a desktop as the table's columns. */
const HEADER_ROW = `flex flex-wrap gap-1.5 border-b border-slate-300 py-2 md:gap-y-0 md:px-3 ${USERS_TABLE_COLUMNS}`;

const COLUMNS: ReadonlyArray<{ column: UserSortKey; label: string }> = [
  { column: "name", label: "Name" },
  { column: "login", label: "Login" },
  { column: "extension", label: "Extension" },
  { column: "did", label: DIRECT_NUMBER_LABEL },
];
/** The user index's columns, after the sortable ones: not sorted, filtered (UsersIndexFilters). */
const INDEX_COLUMNS = ["Team", "Skills"] as const;

/**
 * Users in a sortable table. Only the rows near the viewport are in the DOM, so tens of thousands
 * scroll and sort as fast as a few; aria-rowcount tells assistive technology how many there are.
 * The header row sticks to the top while the list scrolls.
 */
export function UsersTable({
  users,
  sort,
  onSortChange,
}: {
  users: readonly UsersListEntry[];
  sort: UserSort;
  onSortChange: (sort: UserSort) => void;
}) {
  const tableRef = useRef<HTMLDivElement>(null);
  const { bodyRef, virtualizer } = useWindowRows({
    count: users.length,
    estimateSize: estimateRowHeight(),
    getItemKey: (index) => users[index]?.loginId ?? index,
  });

  function handleSort(column: UserSortKey) {
    onSortChange(nextUserSort(sort, column));
    // Sorted from far down the list: back to its top, where the new order starts.
    const table = tableRef.current;
    if (table && table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: "start" });
  }

  return (
    <div ref={tableRef} role="table" aria-label="Users" aria-rowcount={users.length + 1} className="text-sm md:text-base">
      <div role="rowgroup" className="sticky top-0 z-10 bg-slate-50">
        <div
          role="row"
          aria-rowindex={1}
          className={HEADER_ROW}
        >
          {COLUMNS.map(({ column, label }) => (
            <UsersTableHeader
              key={column}
              column={column}
              label={label}
              sort={sort}
              onSort={handleSort}
              leading={column === "name" ? <BulkSelectAll users={users} /> : undefined}
            />
          ))}
          {INDEX_COLUMNS.map((label) => (
            <div key={label} role="columnheader" className="sr-only min-w-0 text-xs font-semibold tracking-wide text-slate-700 uppercase md:not-sr-only">
              {label}
            </div>
          ))}
        </div>
      </div>
      <WindowRowGroup entries={users} bodyRef={bodyRef} virtualizer={virtualizer} Row={UsersTableRow} />
    </div>
  );
}
