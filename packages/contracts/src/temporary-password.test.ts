import { describe, expect, it } from "vitest";
import { temporaryPasswordProblem } from "./temporary-password.ts";

describe("temporaryPasswordProblem", () => {
  it("accepts the collection's example and a typical temporary password", () => {
    expect(temporaryPasswordProblem("$$$999aaa", "testuser005")).toBeUndefined();
    expect(temporaryPasswordProblem("Kp7m-X3rt-Qa9z", "eric.chen")).toBeUndefined();
  });

  it.each([
    ["", "Enter a password, or generate one."],
    ["abc1234", "Use at least 8 characters."],
    ["x1".repeat(65), "Use at most 128 characters."],
    ["abcd\n1234", "Use only characters that can be typed."],
    [" abcd1234", "Do not start or end with a space: it is easily lost when read out or copied."],
    ["12345678", "Include at least one letter."],
    ["abcdefgh", "Include at least one digit (0–9)."],
    ["My-Eric.Chen-1", "Do not include the login."],
  ])("refuses %j: %s", (password, problem) => {
    expect(temporaryPasswordProblem(password, "eric.chen")).toBe(problem);
  });

  it("counts characters as a person does, and takes letters of any script", () => {
    expect(temporaryPasswordProblem("ÄÖÜßäöü1", "x")).toBeUndefined();
    expect(temporaryPasswordProblem("😀😀😀a1", "x")).toBe("Use at least 8 characters.");
  });
});
