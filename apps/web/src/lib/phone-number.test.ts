import { describe, expect, it } from "vitest";
import { didHref, extensionHref, formatDid, formatPhoneNumber, phoneHref } from "./phone-number";

describe("phone numbers", () => {
  it("shows a North American DID the way people read it", () => {
    expect(formatDid("16505555555")).toBe("+1 650-555-5555");
    expect(didHref("16505555555")).toBe("tel:+16505555555");
  });

  it("shows other DIDs in international form", () => {
    expect(formatDid("442071234567")).toBe("+442071234567");
    expect(didHref("+44 20 7123 4567")).toBe("tel:+442071234567");
  });

  it("shows a typed number the same way, whatever its punctuation", () => {
    expect(formatPhoneNumber("+1 (650) 123-4567")).toBe("+1 650-123-4567");
    expect(formatPhoneNumber("+16501234567")).toBe(formatDid("16501234567"));
    expect(formatPhoneNumber("+44 20 7123 4567")).toBe("+442071234567");
  });

  it("groups ten North American digits without giving them a country they do not state", () => {
    expect(formatPhoneNumber("4159006817")).toBe("415-900-6817");
    expect(formatPhoneNumber("(415) 900.6817")).toBe("415-900-6817");
  });

  it("leaves what it cannot read as a phone number as it was typed", () => {
    expect(formatPhoneNumber(" 020 7123 4567 ")).toBe("020 7123 4567");
    expect(formatPhoneNumber("13812345678")).toBe("13812345678");
    expect(formatPhoneNumber("415-900-6817 ext. 12")).toBe("415-900-6817 ext. 12");
  });

  it("dials an extension as it is", () => {
    expect(extensionHref("1048")).toBe("tel:1048");
  });

  it("dials a device's number as written, its + kept and its punctuation dropped", () => {
    expect(phoneHref("+1 (415) 555-0123")).toBe("tel:+14155550123");
    expect(phoneHref("5551234")).toBe("tel:5551234");
    expect(phoneHref("sip:agent")).toBe("tel:sip%3Aagent");
  });
});
