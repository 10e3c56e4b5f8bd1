import { NewPasswordSchema } from "@switchboard/contracts";
import { describe, expect, it } from "vitest";
import { generatePassword } from "./generate-password";

describe("a generated password", () => {
  it("is four groups of five unambiguous characters, within the password policy", () => {
    const password = generatePassword();
    expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{5}(-[A-HJ-NP-Za-km-z2-9]{5}){3}$/);
    expect(NewPasswordSchema.safeParse(password).success).toBe(true);
  });

  it("differs every time", () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(passwords.size).toBe(50);
  });

  it("draws again rather than favour the first letters of the alphabet", () => {
    // 255 is past the last whole multiple of the alphabet's length, so it must be skipped.
    let call = 0;
    const password = generatePassword((bytes) => {
      bytes.fill(call++ === 0 ? 255 : 0);
    });
    expect(password).toBe("AAAAA-AAAAA-AAAAA-AAAAA");
    expect(call).toBe(2);
  });
});
