import { describe, expect, it } from "vitest";
import { formatAgo, formatMoment } from "./format-moment";

const NOW = Date.parse("2026-05-04T13:00:00Z");

describe("formatAgo", () => {
  it.each([
    ["2026-05-04T12:59:30Z", "just now"],
    ["2026-05-04T12:45:00Z", "15 minutes ago"],
    ["2026-05-04T10:00:00Z", "3 hours ago"],
    ["2026-05-03T12:00:00Z", "yesterday"],
    ["2026-03-01T12:00:00Z", "2 months ago"],
  ])("%s → %s", (iso, expected) => {
    expect(formatAgo(new Date(iso), NOW)).toBe(expected);
  });
});

describe("formatMoment", () => {
  it("gives the moment and how long ago it was", () => {
    expect(formatMoment("2026-05-04T10:00:00Z", NOW)).toMatch(/2026.* · 3 hours ago$/);
  });

  it("shows text that is not a date as it came", () => {
    expect(formatMoment("last Tuesday", NOW)).toBe("last Tuesday");
  });
});
