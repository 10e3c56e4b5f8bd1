import { cn } from "@/lib/cn";

/** A table's column header: small capitals, so the data reads first. */
export const columnHeaderClass = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase";

/** Where a stacked table turns from cards into a table: md for a few columns, lg for many. */
export type StackedFrom = "md" | "lg";

/**
 * A table that is a stack of cards below a breakpoint, where its columns would scroll sideways:
 * each row a card whose cells wrap side by side (`wholeLine` for a cell on a line of its own),
 * each cell with its MobileLabel, the header row for assistive technology only. Tailwind reads
 * classes as written, so each breakpoint is spelled out.
 */
export const stackedTable = {
  md: {
    table: "block w-full text-sm md:table md:border-collapse",
    head: "sr-only md:not-sr-only md:table-header-group md:border-b md:border-slate-300",
    body: "block md:table-row-group",
    row: "flex flex-wrap items-baseline gap-x-6 gap-y-1 border-b border-slate-200 p-3 md:table-row md:p-0",
    cell: "block min-w-0 md:table-cell md:px-3 md:py-2",
  },
  lg: {
    table: "block w-full text-sm lg:table lg:border-collapse",
    head: "sr-only lg:not-sr-only lg:table-header-group lg:border-b lg:border-slate-300",
    body: "block lg:table-row-group",
    row: "flex flex-wrap items-baseline gap-x-6 gap-y-1 border-b border-slate-200 p-3 lg:table-row lg:p-0",
    cell: "block min-w-0 lg:table-cell lg:px-3 lg:py-2",
  },
} as const satisfies Record<StackedFrom, Record<string, string>>;

/** A stacked table's cell on a card line of its own (no effect on a table cell). */
export const wholeLine = "basis-full";

const hiddenFrom = { md: "md:hidden", lg: "lg:hidden" } as const satisfies Record<StackedFrom, string>;

/** A cell's column name, shown only where the rows are cards without a header row. */
export function MobileLabel({ from = "md", children }: { from?: StackedFrom; children: string }) {
  // The column header says this to assistive technology; the label is for eyes on a phone.
  return (
    <span aria-hidden="true" className={cn("mr-2 text-xs font-medium text-slate-600 uppercase", hiddenFrom[from])}>
      {children}
    </span>
  );
}

/** An empty cell: a dash for the eye, "No <what>" for a screen reader. */
export function Missing({ what, className }: { what: string; className?: string }) {
  return (
    <span className={cn(className, "text-slate-600")}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{`No ${what}`}</span>
    </span>
  );
}
