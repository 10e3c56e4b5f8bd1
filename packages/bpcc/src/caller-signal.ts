import { waitUnlessStopped as waitForShared } from "@switchboard/upstream-http";
import { createStoppedError } from "./upstream-errors.ts";

/** What a caller may pass with each call. */
export type BpccCallOptions = {
  /**
   * The caller's deadline for the whole call: the wait for a token and for a free slot, every attempt
   * and every pause between them. Once it fires nothing more starts, the attempt under way is cut off,
   * and the call fails with kind `timeout`.
   */
  signal?: AbortSignal | undefined;
};

/**
 * Waits for work shared with other callers (the token fetch, a turn in the queue) until the caller's
 * signal fires. Only this caller stops waiting: the shared work goes on for the others.
 */
export function waitUnlessStopped<T>(work: Promise<T>, signal: AbortSignal | undefined, operation: string): Promise<T> {
  return waitForShared(work, signal, () => createStoppedError(operation));
}
