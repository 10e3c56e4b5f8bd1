import { AsyncLocalStorage } from "node:async_hooks";
import { AppError } from "../errors/app-error.ts";

// The deadline of the request being served travels with it (AsyncLocalStorage) rather than through
// every service's arguments: services stay in the product's words, and each platform adapter picks
// the signal up at the one place it calls its client, whatever the platform.
const deadlines = new AsyncLocalStorage<AbortSignal>();

/** Runs a request's handlers under its deadline (http/deadline-middleware.ts). */
export function runWithDeadline<T>(signal: AbortSignal, work: () => T): T {
  return deadlines.run(signal, work);
}

/**
 * The signal of the request being served, for an adapter to pass with every call of its client: when
 * it fires, the client starts nothing more and fails with its timeout error, which becomes a 504.
 * Undefined outside a request.
 */
export function currentDeadline(): AbortSignal | undefined {
  return deadlines.getStore();
}

/** Whether the request being served has run out of time (not merely lost its client). */
export function hasDeadlinePassed(): boolean {
  const signal = currentDeadline();
  return signal?.aborted === true && signal.reason instanceof DOMException && signal.reason.name === "TimeoutError";
}

/**
 * Starts work that several requests share (one load of a cached list) outside the deadline of the
 * request that happened to start it: that request's deadline or departure must not fail the others.
 */
export function runDetached<T>(work: () => T): T {
  return deadlines.exit(work);
}

/** Waits for shared work until the current request's deadline; the work itself goes on for the others. */
export function waitWithinDeadline<T>(work: Promise<T>): Promise<T> {
  const signal = currentDeadline();
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const giveUp = () => reject(AppError.upstreamTimeout());
    if (signal.aborted) giveUp();
    signal.addEventListener("abort", giveUp, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", giveUp));
  });
}
