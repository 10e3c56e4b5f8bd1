import { describe, expect, it } from "vitest";
import { didHref, extensionHref, formatDid } from "./phone-number";

describe("phone numbers", () => {
  it("shows a North American DID the way people read it", () => {
    expect(formatDid("16505555555")).toBe("+1 650-555-5555");
    expect(didHref("16505555555")).toBe("tel:+16505555555");
  });

  it("shows other DIDs in international form", () => {
    expect(formatDid("442071234567")).toBe("+442071234567");
    expect(didHref("+44 20 7123 4567")).toBe("tel:+442071234567");
  });

  it("dials an extension as it is", () => {
    expect(extensionHref("1048")).toBe("tel:1048");
  });
});
