import { describe, expect, it } from "vitest";
import { draftsMatch, levelProblem, skillsOfDrafts } from "./skill-drafts";

const RULE = "Use a whole number from 0 to 100.";

describe("a typed skill level", () => {
  it.each(["0", "7", "070", "100"])("%s is a level", (level) => {
    expect(levelProblem(level)).toBeUndefined();
  });

  // Number() reads each of these as a number; none is what "a whole number from 0 to 100" means.
  it.each(["1e2", "0x40", "0b11", "0o17", "+5", "-0", "5.0", "5.", " 50", "50 ", "١٠", "Infinity"])("%s is not", (level) => {
    expect(levelProblem(level)).toBe(RULE);
  });

  it("asks for one when none is typed, and bounds the digits", () => {
    expect(levelProblem("")).toBe("Enter a level from 0 to 100.");
    expect(levelProblem("101")).toBe(RULE);
  });

  it("is not the saved level when only Number() says so", () => {
    expect(draftsMatch([{ name: "Cable", level: "1e2" }], { Cable: 100 })).toBe(false);
    expect(draftsMatch([{ name: "Cable", level: "0100" }], { Cable: 100 })).toBe(true);
    expect(skillsOfDrafts([{ name: "Cable", level: "070" }])).toEqual({ Cable: 70 });
  });
});
