import { describe, expect, it } from "vitest";
import { makeLoginId } from "./login-id.ts";

describe("makeLoginId", () => {
  it.each([
    ["Eric", "Chen", "eric.chen"],
    ["Søren", "O'Brien", "soren.obrien"],
    ["José", "Wiśniewski", "jose.wisniewski"],
    ["Zeynep", "Yılmaz", "zeynep.yilmaz"],
    ["Lukas", "Müller", "lukas.muller"],
    ["Anna", "Van der Berg", "anna.vanderberg"],
    ["Min-jun", "Kim", "min-jun.kim"],
  ])("%s %s logs in as %s", (first, last, loginId) => {
    expect(makeLoginId(first, last)).toBe(loginId);
  });
});
