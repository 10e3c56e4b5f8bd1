import type { Virtualizer } from "@tanstack/react-virtual";
import type { ComponentType, ReactNode, Ref } from "react";

/** What a row of a window-virtualized table is given (see hooks/use-window-rows). */
export type WindowRowProps<T> = {
  entry: T;
  /** 1-based, counting the header row, for aria-rowindex. */
  rowIndex: number;
  /** Pixels from the top of the list. */
  offset: number;
  ref: Ref<HTMLDivElement>;
  "data-index": number;
};

/**
 * A row's frame: placed where the virtualizer put it, measured by it, and numbered for assistive
 * technology. `className` is the row's whole class list (its grid and the absolute positioning).
 */
export function WindowRow({
  rowIndex,
  offset,
  ref,
  "data-index": dataIndex,
  className,
  children,
}: Omit<WindowRowProps<unknown>, "entry"> & { className: string; children: ReactNode }) {
  return (
    <div ref={ref} role="row" aria-rowindex={rowIndex} data-index={dataIndex} style={{ transform: `translateY(${offset}px)` }} className={className}>
      {children}
    </div>
  );
}

/** The body of a table whose rows come from `useWindowRows`: only the rows near the viewport. */
export function WindowRowGroup<T>({
  entries,
  bodyRef,
  virtualizer,
  Row,
}: {
  entries: readonly T[];
  bodyRef: Ref<HTMLDivElement>;
  virtualizer: Virtualizer<Window, Element>;
  Row: ComponentType<WindowRowProps<T>>;
}) {
  return (
    <div role="rowgroup" ref={bodyRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const entry = entries[item.index];
        if (!entry) return null;
        return (
          <Row
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
  );
}
