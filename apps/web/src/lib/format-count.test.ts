import { describe, expect, it } from "vitest";
import { formatCount } from "./format-count";

describe("formatCount", () => {
  it("groups thousands as en-US does", () => {
    for (const n of [0, 1, 12, 999, 1_000, 20_000, 123_456, 1_234_567, -4_500]) {
      expect(formatCount(n)).toBe(n.toLocaleString("en-US"));
    }
  });
});
