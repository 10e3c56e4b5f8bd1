/**
 * Waits for work shared with other callers (a token fetch, a turn in the queue) until the caller's
 * signal fires, then fails with the caller's own error. Only this caller stops waiting: the shared
 * work goes on for the others.
 */
export function waitUnlessStopped<T>(work: Promise<T>, signal: AbortSignal | undefined, createStoppedError: () => Error): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(createStoppedError());
    if (signal.aborted) stop();
    signal.addEventListener("abort", stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", stop));
  });
}
