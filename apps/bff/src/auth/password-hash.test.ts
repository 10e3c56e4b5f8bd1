import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hash.ts";

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple", FAST);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
  });

  it("salts every hash and keeps the parameters with it", async () => {
    const a = await hashPassword("same password twice", FAST);
    const b = await hashPassword("same password twice", FAST);
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$1024$8$1$")).toBe(true);
  });

  it("uses OWASP's scrypt cost by default", async () => {
    expect((await hashPassword("a default-cost password")).startsWith("scrypt$16384$8$5$")).toBe(true);
  });

  it("still verifies a hash made with other parameters, since they travel with it", async () => {
    const older = await hashPassword("correct horse battery staple", { N: 2 ** 17, r: 8, p: 1 });
    expect(await verifyPassword("correct horse battery staple", older)).toBe(true);
  });

  it("refuses a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("anything", "md5$abc")).toBe(false);
  });
});
