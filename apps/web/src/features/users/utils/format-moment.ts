const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3_600_000],
  ["month", 30 * 24 * 3_600_000],
  ["day", 24 * 3_600_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "in 3 hours", "2 days ago": the largest whole unit, down to "just now". */
export function formatAgo(date: Date, now: number): string {
  const elapsed = date.getTime() - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms) return relative.format(Math.trunc(elapsed / ms), unit);
  }
  return "just now";
}

/**
 * A moment the platform reported, in the reader's time zone with how long ago it was
 * ("May 4, 2026, 1:02 PM · 3 hours ago"). Text that is not a date is shown as it came.
 */
export function formatMoment(value: string, now = Date.now()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${absolute.format(date)} · ${formatAgo(date, now)}`;
}
