/**
 * A whole number as toLocaleString("en-US") writes it ("20,000"), without Intl: the first
 * toLocaleString of a page loads ICU's number formats, 30 ms on the main thread, which the
 * Directory paid in the very task that shows its 20,000 people.
 */
export function formatCount(count: number): string {
  const sign = count < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(count))).replace(/\B(?=(\d{3})+$)/g, ",");
}
