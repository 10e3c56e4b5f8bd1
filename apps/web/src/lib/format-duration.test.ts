import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("a wait in words", () => {
  it("is in seconds below two minutes", () => {
    expect(formatDuration(1)).toBe("1 second");
    expect(formatDuration(42)).toBe("42 seconds");
    expect(formatDuration(118.5)).toBe("119 seconds");
  });

  it("is in whole minutes, rounded up, from two minutes on", () => {
    expect(formatDuration(120)).toBe("2 minutes");
    expect(formatDuration(121)).toBe("3 minutes");
    expect(formatDuration(897)).toBe("15 minutes");
    expect(formatDuration(900)).toBe("15 minutes");
  });
});
