import { useId, type ReactNode } from "react";
import { cn } from "@/lib/cn";
import type { UserSort, UserSortKey } from "../utils/users-table-sort";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * A column header whose button sorts by it. The header cell carries aria-sort (the WAI-ARIA
 * sortable table pattern), only while its column is the sorted one; the arrow is for the eye.
 */
export function UsersTableHeader({
  label,
  column,
  sort,
  onSort,
  leading,
}: {
  label: string;
  /** Before the sort button, such as the Name column's "select every user" checkbox. */
  leading?: ReactNode;
  column: UserSortKey;
  sort: UserSort;
  onSort: (column: UserSortKey) => void;
}) {
  const active = sort.key === column;
  const buttonId = useId();
  return (
    <div
      role="columnheader"
      aria-sort={active ? ARIA_SORT[sort.direction] : undefined}
      // Named by its column alone, not by what leads it.
      aria-labelledby={leading ? buttonId : undefined}
      className="flex min-w-0 items-center gap-2 md:gap-3"
    >
      {leading}
      <button
        id={buttonId}
        type="button"
        onClick={() => onSort(column)}
        className={cn(
          "inline-flex min-h-9 items-center gap-1 rounded-md px-2 text-sm font-medium md:-mx-2 md:text-xs md:font-semibold md:tracking-wide md:uppercase",
          "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
          // On a phone the headers are a row of sort buttons above the cards.
          "border border-slate-300 bg-white md:border-transparent md:bg-transparent",
          active ? "text-brand-800" : "text-slate-700 hover:text-slate-900",
          "hover:bg-slate-100",
        )}
      >
        {label}
        <span aria-hidden="true" className={cn("w-3 text-center", !active && "text-slate-400")}>
          {active ? (sort.direction === "asc" ? "↑" : "↓") : "↕"}
        </span>
      </button>
    </div>
  );
}
