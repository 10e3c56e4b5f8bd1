import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "./catalog.ts";
import { checkPassword } from "./password-policy.ts";

describe("checkPassword", () => {
  it("accepts the collection's example password", () => {
    expect(checkPassword("$$$999aaa", "testuser006", DEFAULT_POLICY)).toBeUndefined();
  });

  it.each([
    ["too short", "ab1"],
    ["no digit", "ChangeMe"],
    ["no letter", "12345678!"],
    ["contains the login", "Testuser006x1"],
  ])("refuses a password with %s", (_why, password) => {
    expect(checkPassword(password, "testuser006", DEFAULT_POLICY)).toBe("password does not comply with the security policy");
  });
});
