import { describe, expect, it } from "vitest";
import { GenesysDeviceSchema, GenesysEnvelopeSchema, GenesysSkillSchema, GenesysUserPageSchema, GenesysUserSchema } from "./schemas.ts";

// GWS's JSON varies between versions and proxies: numbers as strings, flags as "On"/"Off".

describe("the wire schemas", () => {
  it("read statusCode as a number or a string, and refuse anything else", () => {
    expect(GenesysEnvelopeSchema.parse({ statusCode: "0" }).statusCode).toBe(0);
    expect(GenesysEnvelopeSchema.parse({ statusCode: 18, statusMessage: "exists" })).toEqual({ statusCode: 18, statusMessage: "exists" });
    expect(GenesysEnvelopeSchema.safeParse({ statusCode: "ok" }).success).toBe(false);
    expect(GenesysEnvelopeSchema.safeParse({}).success).toBe(false);
  });

  it("read a skill level as a number or a string", () => {
    expect(GenesysSkillSchema.parse({ id: "s", name: "French", level: "0" }).level).toBe(0);
    expect(GenesysSkillSchema.parse({ id: "s", name: "French", level: 7 }).level).toBe(7);
    expect(GenesysSkillSchema.safeParse({ id: "s", name: "French", level: "high" }).success).toBe(false);
  });

  it("read doNotDisturb On/Off (any case) as a boolean", () => {
    const user = { id: "u", userName: "a@b" };
    expect(GenesysUserSchema.parse({ ...user, doNotDisturb: "On" }).doNotDisturb).toBe(true);
    expect(GenesysUserSchema.parse({ ...user, doNotDisturb: "off" }).doNotDisturb).toBe(false);
    expect(GenesysUserSchema.parse({ ...user }).doNotDisturb).toBeUndefined();
    expect(GenesysDeviceSchema.parse({ id: "d", doNotDisturb: "OFF" }).doNotDisturb).toBe(false);
    expect(GenesysUserSchema.safeParse({ ...user, doNotDisturb: "maybe" }).success).toBe(false);
  });

  it("default what GWS leaves out, and drop what it adds", () => {
    const user = GenesysUserSchema.parse({ id: "u", userName: "a@b", roles: null, enabled: "false", extra: 1 });
    expect(user).toEqual({ id: "u", userName: "a@b", roles: [], enabled: false });
    expect(GenesysDeviceSchema.parse({ id: "d" }).capabilities).toEqual([]);
  });

  it("read totalCount as a number or a string, or its absence", () => {
    expect(GenesysUserPageSchema.parse({ users: [], totalCount: "250" }).totalCount).toBe(250);
    expect(GenesysUserPageSchema.parse({ users: [] }).totalCount).toBeUndefined();
  });
});
