import type { DirectoryEntry } from "@switchboard/contracts";
import { measureElement, useWindowVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import { DirectoryRow, ROW_GRID } from "./directory-row";

/** A table row on a desktop, a card on a phone (the md breakpoint of directory-row). */
function estimateRowHeight(): number {
  return window.matchMedia?.("(min-width: 48rem)").matches ? 45 : 105;
}

/**
 * Rows grow with long names or large text, so each is measured, but only by its ResizeObserver,
 * which reports before the frame is painted. Reading offsetHeight as a row mounts (the default)
 * would force a layout inside React's commit on every keystroke. A close estimate matters too:
 * a row that turns out taller moves the ones after it and costs one more render.
 */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Window, Element>) {
  const index = instance.indexFromElement(element);
  const estimate = instance.options.estimateSize(index);
  if (!entry) return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? estimate;
  // 0 means not laid out (a hidden tab): keep the estimate rather than collapse the row.
  return measureElement(element, entry, instance) || estimate;
}

/** Where the list starts on the page, which the window virtualizer needs to know what is in view. */
function useOffsetTop() {
  const ref = useRef<HTMLDivElement>(null);
  const [offsetTop, setOffsetTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      if (ref.current) setOffsetTop(ref.current.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);
  return [ref, offsetTop] as const;
}

/**
 * The people, as a table on a desktop and as cards on a phone. Only the rows near the viewport are
 * in the DOM, so 20,000 people scroll and filter as fast as 20; aria-rowcount tells assistive
 * technology how many there are in all.
 */
export function DirectoryList({ entries }: { entries: readonly DirectoryEntry[] }) {
  const [bodyRef, offsetTop] = useOffsetTop();
  const estimate = estimateRowHeight();
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => estimate,
    overscan: 8,
    scrollMargin: offsetTop,
    getItemKey: (index) => entries[index]?.loginId ?? index,
    measureElement: measureRow,
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
          <span role="columnheader">Direct number (DID)</span>
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          return (
            <DirectoryRow
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              rowIndex={item.index + 2}
              entry={entry}
              offset={item.start - virtualizer.options.scrollMargin}
            />
          );
        })}
      </div>
    </div>
  );
}
