/**
 * One piece of work per item with at most `concurrency` in flight: how the BFF reads a whole tenant
 * one user at a time (the user index, a lock scan, a bulk change) without ever asking the platform
 * for more than it allows at once. Workers pull the next item as one finishes, so 50k items cost
 * `concurrency` promises, not 50k. Each item's outcome is kept (a failure does not stop the others);
 * `onSettled` counts progress; an aborted `signal` starts nothing more and marks the rest `skipped`.
 */
export type FanOutOutcome<R> =
  | { readonly status: "fulfilled"; readonly value: R }
  | { readonly status: "rejected"; readonly reason: unknown }
  | { readonly status: "skipped" };

export interface FanOutOptions {
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  /** Called after each item settles, with how many have settled so far. */
  readonly onSettled?: (settled: number) => void;
}

export async function fanOut<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  options: FanOutOptions,
): Promise<FanOutOutcome<R>[]> {
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, not ${options.concurrency}`);
  }
  const outcomes: FanOutOutcome<R>[] = items.map(() => ({ status: "skipped" }));
  let next = 0;
  let settled = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && options.signal?.aborted !== true) {
      const index = next++;
      try {
        outcomes[index] = { status: "fulfilled", value: await work(items[index] as T, index) };
      } catch (reason) {
        outcomes[index] = { status: "rejected", reason };
      }
      settled += 1;
      options.onSettled?.(settled);
    }
  };
  const workers = Math.min(options.concurrency, items.length);
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}
