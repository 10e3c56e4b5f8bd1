import { describe, expect, it } from "vitest";
import { formatUtc, fromLocalInputValue, toLocalInputValue } from "./format-date";

describe("dates on the page and in the address", () => {
  it("turns a local input time into UTC and back, whatever the time zone", () => {
    const iso = fromLocalInputValue("2026-05-04T09:30");
    expect(iso).toBe(new Date(2026, 4, 4, 9, 30).toISOString());
    expect(toLocalInputValue(iso)).toBe("2026-05-04T09:30");
  });

  it("leaves out what is empty or not a date", () => {
    expect(fromLocalInputValue("")).toBeUndefined();
    expect(fromLocalInputValue("soon")).toBeUndefined();
    expect(toLocalInputValue(undefined)).toBe("");
    expect(toLocalInputValue("not a date")).toBe("");
  });

  it("writes UTC as the logs do", () => {
    expect(formatUtc("2026-05-04T13:02:07.123Z")).toBe("2026-05-04 13:02:07 UTC");
  });
});
