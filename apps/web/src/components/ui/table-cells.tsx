import { cn } from "@/lib/cn";

/** A table's column header: small capitals, so the data reads first. */
export const columnHeaderClass = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase";

/** A cell's column name, shown only on a phone where the rows are cards without a header row. */
export function MobileLabel({ children }: { children: string }) {
  // The column header says this to assistive technology; the label is for eyes on a phone.
  return (
    <span aria-hidden="true" className="mr-2 text-xs font-medium text-slate-600 uppercase md:hidden">
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
