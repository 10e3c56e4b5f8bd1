import type { AccessNumber, AccessNumberList } from "@switchboard/contracts";
import { createCachedValue } from "../../cache/cached-value.ts";
import type { Platform } from "../../platform/platform.ts";

export interface AccessNumbersService {
  /** Every access number and what it reaches, in numeric order. */
  listAccessNumbers(): Promise<AccessNumberList>;
  /**
   * Call after creating or deleting a user: a deleted user's DID goes back to the unassigned
   * numbers, and the list names the people numbers are assigned to.
   */
  invalidate(): void;
}

function digitsOf(number: string): string {
  return number.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
}

/** Numerically on the digits (a shorter number first), then as written, so the order is total. */
function byNumber(a: AccessNumber, b: AccessNumber): number {
  const x = digitsOf(a.number);
  const y = digitsOf(b.number);
  if (x.length !== y.length) return x.length - y.length;
  if (x !== y) return x < y ? -1 : 1;
  return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
}

/** Cached like the directory, whose DIDs it repeats: for the same time, one upstream call at a time. */
export function createAccessNumbersService(platform: Platform, options: { ttlMs: number; now?: () => number }): AccessNumbersService {
  const cache = createCachedValue(async (): Promise<AccessNumberList> => {
    const numbers = await platform.listAccessNumbers();
    return { accessNumbers: numbers.toSorted(byNumber) };
  }, options);
  return { listAccessNumbers: () => cache.get(), invalidate: () => cache.invalidate() };
}
