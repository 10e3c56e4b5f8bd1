import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy.ts";

const COMMON = "This is one of the most common passwords; choose another.";

describe("the password policy", () => {
  it("accepts a long passphrase without any composition rule", () => {
    expect(checkPassword("correct horse battery staple")).toBeUndefined();
    expect(checkPassword("lowercase only but long enough")).toBeUndefined();
    expect(checkPassword("purple-otter-juggles")).toBeUndefined();
  });

  it("needs 12 characters and allows up to 128, counted as a person counts them", () => {
    expect(checkPassword("elevenchars")).toEqual({ field: "password", message: "Use at least 12 characters." });
    expect(checkPassword("twelve chars")).toBeUndefined();
    expect(checkPassword("🦊".repeat(3) + "quick brown")).toBeUndefined(); // 14 code points, 17 UTF-16 units
    expect(checkPassword("🦊🐇🦉🐢🦔🐝🦋🐞🐌🐙🦀")).toEqual({ field: "password", message: "Use at least 12 characters." });
    expect(checkPassword("pale violet rain ".repeat(7).slice(0, 128))).toBeUndefined();
    expect(checkPassword("x".repeat(129))?.message).toBe("Use at most 128 characters.");
  });

  it("refuses the most common passwords, whatever their case", () => {
    for (const common of ["password1234", "qwertyuiop123", "administrator", "PassWordPassWord", "1QAZ2WSX3EDC"]) {
      expect(checkPassword(common), common).toEqual({ field: "password", message: COMMON });
    }
  });

  it("refuses a common password with a few digits or symbols around it", () => {
    for (const padded of ["iloveyou1234", "letmein12345!", "2024!sunshine", "Dragon#2024!!"]) {
      expect(checkPassword(padded)?.message, padded).toBe(
        "This is one of the most common passwords with a few characters added; choose another.",
      );
    }
    // A common word beside enough other characters is only part of a password.
    expect(checkPassword("monkey 4f9Qz!7kLp2w")).toBeUndefined();
  });

  it("refuses a password built on the account's name or the service's name", () => {
    expect(checkPassword("TKowalczyk2024!", { username: "tkowalczyk" })?.message).toBe(
      "This is built on the account's name; choose a password that is not.",
    );
    expect(checkPassword("tkowalczyk likes long walks", { username: "tkowalczyk" })).toBeUndefined();
    expect(checkPassword("Switchboard#1")?.message).toBe("This is built on the name of this service; choose another.");
  });

  it("refuses a repetition of a few characters", () => {
    expect(checkPassword("aaaaaaaaaaaaaaaa")?.message).toBe("This repeats a few characters; choose a less predictable password.");
    expect(checkPassword("abcdabcdabcdabcd")?.message).toBe("This repeats a few characters; choose a less predictable password.");
  });

  it("names the field it was given", () => {
    expect(checkPassword("short", { field: "DASHBOARD_ADMIN_PASSWORD" })?.field).toBe("DASHBOARD_ADMIN_PASSWORD");
  });
});
