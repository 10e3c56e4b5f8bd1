import { describe, expect, it } from "vitest";
import { temporaryPasswordProblem } from "@switchboard/contracts";
import { GENERATED_PASSWORD_BITS, generateTemporaryPassword } from "./generate-password.ts";

describe("a generated temporary password", () => {
  const samples = Array.from({ length: 2_000 }, () => generateTemporaryPassword("ann"));

  it("reads out in three groups of four, with no look-alike characters", () => {
    for (const password of samples) expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}$/);
  });

  it("always has an upper-case and a lower-case letter and a digit, and passes the policy", () => {
    for (const password of samples) {
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
      expect(temporaryPasswordProblem(password, "ann")).toBeUndefined();
    }
  });

  it("is never the same twice, and carries about 70 bits", () => {
    expect(new Set(samples).size).toBe(samples.length);
    expect(GENERATED_PASSWORD_BITS).toBeGreaterThan(69);
  });

  it("uses every character of its alphabet, none much more than another", () => {
    const counts = new Map<string, number>();
    for (const char of samples.join("").replaceAll("-", "")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(57);
    const expected = (samples.length * 12) / 57;
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.4);
  });

  it("never contains the login, even a short one", () => {
    for (let i = 0; i < 2_000; i++) expect(generateTemporaryPassword("a2").toLowerCase()).not.toContain("a2");
  });
});
