import { formatAgo } from "@/lib/format-ago";

const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export { formatAgo };

/**
 * A moment the platform reported, in the reader's time zone with how long ago it was
 * ("May 4, 2026, 1:02 PM · 3 hours ago"). Text that is not a date is shown as it came.
 */
export function formatMoment(value: string, now = Date.now()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${absolute.format(date)} · ${formatAgo(date, now)}`;
}
