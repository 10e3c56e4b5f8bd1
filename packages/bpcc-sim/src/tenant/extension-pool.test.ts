import { describe, expect, it } from "vitest";
import { ExtensionPool } from "./extension-pool.ts";

describe("ExtensionPool", () => {
  it("hands out the lowest free extension from 1000, reusing released ones", () => {
    const pool = new ExtensionPool(["1000", "1001", "1003"]);
    expect(pool.allocate()).toBe("1002");
    expect(pool.allocate()).toBe("1004");
    pool.release("1001");
    expect(pool.allocate()).toBe("1001");
    expect(pool.allocate()).toBe("1005");
  });

  it("never hands out an extension claimed by hand", () => {
    const pool = new ExtensionPool([]);
    pool.claim("1000");
    expect(pool.allocate()).toBe("1001");
    expect(pool.has("1000")).toBe(true);
  });
});
