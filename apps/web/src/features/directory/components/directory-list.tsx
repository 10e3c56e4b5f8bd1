import type { DirectoryEntry } from "@switchboard/contracts";
import { WindowRowGroup } from "@/components/ui/window-row-group";
import { useWindowRows } from "@/hooks/use-window-rows";
import { DIRECT_NUMBER_LABEL } from "@/lib/phone-number";
import { DirectoryRow, ROW_GRID } from "./directory-row";

/** A table row on a desktop, a card on a phone (the md breakpoint of directory-row). */
function estimateRowHeight(): number {
  return (window.matchMedia as typeof window.matchMedia | undefined)?.("(min-width: 48rem)").matches ? 45 : 105;
}

/**
 * The people, as a table on a desktop and as cards on a phone. Only the rows near the viewport are
 * in the DOM, so 20,000 people scroll and filter as fast as 20; aria-rowcount tells assistive
 * technology how many there are in all.
 */
export function DirectoryList({ entries }: { entries: readonly DirectoryEntry[] }) {
  const { bodyRef, virtualizer } = useWindowRows({
    count: entries.length,
    estimateSize: estimateRowHeight(),
    getItemKey: (index) => entries[index]?.loginId ?? index,
  });

  return (
    <div role="table" aria-label="People" aria-rowcount={entries.length + 1} className="text-sm md:text-base">
      <div role="rowgroup" className="sr-only md:not-sr-only">
        <div
          role="row"
          aria-rowindex={1}
          className={`${ROW_GRID} border-b border-slate-300 px-3 py-2 text-xs font-semibold tracking-wide text-slate-700 uppercase`}
        >
          <span role="columnheader">Name</span>
          <span role="columnheader">Login</span>
          <span role="columnheader">Extension</span>
          <span role="columnheader">{DIRECT_NUMBER_LABEL}</span>
        </div>
      </div>
      <WindowRowGroup entries={entries} bodyRef={bodyRef} virtualizer={virtualizer} Row={DirectoryRow} />
    </div>
  );
}
