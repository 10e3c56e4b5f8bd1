function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A wait as people say it: seconds below two minutes, whole minutes from there on, rounded up so
 * that the wait is never shorter than said ("try again in 15 minutes", not "in 897 seconds").
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 120) return plural(whole, "second", "seconds");
  return plural(Math.ceil(whole / 60), "minute", "minutes");
}
