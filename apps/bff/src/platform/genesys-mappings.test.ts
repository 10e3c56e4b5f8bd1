import { describe, expect, it } from "vitest";
import { GenesysUserSchema } from "@switchboard/genesys";
import { toDirectoryEntry, toUser } from "./genesys-mappings.ts";

const wire = (extra: Record<string, unknown> = {}) =>
  GenesysUserSchema.parse({
    id: "0123456789abcdef0123456789abcdef",
    userName: "ann.lee@example.com",
    firstName: "Ann",
    lastName: "Lee",
    emailAddress: "ann.lee@example.com",
    roles: ["ROLE_AGENT"],
    enabled: "false",
    changePasswordOnFirstLogin: true,
    doNotDisturb: "On",
    skills: [{ id: "s1", name: "Billing", level: "4" }, { id: "s2", name: "Sales" }],
    devices: [
      { id: "d1", deviceState: "Inactive", phoneNumber: "+14155550100", type: "Mobile" },
      { id: "d2", deviceState: "Active", e164Number: "+14155550101", doNotDisturb: "off", forwardTo: "+14155550199", type: "Softphone" },
    ],
    ...extra,
  });

describe("GWS users in the product's words", () => {
  it("a user: userName as login id, enabled turned around, flags, skills name → level, devices, the active device's number", () => {
    expect(toUser(wire())).toEqual({
      loginId: "ann.lee@example.com",
      firstName: "Ann",
      lastName: "Lee",
      team: null,
      extension: null,
      email: "ann.lee@example.com",
      workPhone: null,
      mobilePhone: null,
      roles: ["ROLE_AGENT"],
      skills: { Billing: 4, Sales: 0 },
      disabled: true,
      changePassword: true,
      loginInfo: null,
      did: "+14155550101",
      devices: [
        { id: "d1", phoneNumber: "+14155550100", active: false, doNotDisturb: null, forwardTo: null, type: "Mobile" },
        { id: "d2", phoneNumber: "+14155550101", active: true, doNotDisturb: false, forwardTo: "+14155550199", type: "Softphone" },
      ],
      doNotDisturb: true,
    });
  });

  it("a directory entry: the active device's number, DND, no extension", () => {
    expect(toDirectoryEntry(wire())).toEqual({
      loginId: "ann.lee@example.com",
      firstName: "Ann",
      lastName: "Lee",
      extension: null,
      did: "+14155550101",
      voiceMail: false,
      greeting: false,
      doNotDisturb: true,
    });
  });

  it("a user without devices, flags or names: nulls and defaults, enabled when GWS leaves it out", () => {
    const bare = GenesysUserSchema.parse({ id: "x", userName: "bare@example.com" });
    expect(toUser(bare)).toMatchObject({ firstName: "", lastName: "", roles: [], skills: {}, disabled: false, changePassword: false, devices: [], doNotDisturb: null });
    expect(toDirectoryEntry(bare)).toMatchObject({ did: null, doNotDisturb: null });
  });
});
