import { measureElement, useWindowVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import { useKeepListPlace, useListPlaceToRestore } from "./use-list-place";

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
 * The rows of a long list, virtualized against the window so the page scrolls as usual (on a
 * phone too): only the rows near the viewport are in the DOM. Put `bodyRef` on the element the
 * rows are positioned in, `virtualizer.measureElement` on each row. Back and Forward return to the
 * same rows: the list mounts with the sizes it had measured and scrolls the window where it was.
 */
export function useWindowRows({
  count,
  estimateSize,
  getItemKey,
}: {
  count: number;
  /** A row's height in pixels before it is measured. */
  estimateSize: number;
  getItemKey: (index: number) => string | number;
}) {
  const [bodyRef, offsetTop] = useOffsetTop();
  const place = useListPlaceToRestore();
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan: 8,
    scrollMargin: offsetTop,
    getItemKey,
    measureElement: measureRow,
    // The virtualizer scrolls the window to its initial offset as it mounts.
    ...(place && { initialOffset: place.scrollY, initialMeasurementsCache: place.rows }),
  });
  useKeepListPlace(() => ({ scrollY: window.scrollY, rows: virtualizer.takeSnapshot() }));
  return { bodyRef, virtualizer };
}
