import { describe, expect, it } from "vitest";
import {
  BpccAccessNumberSchema,
  BpccCreateUserSchema,
  BpccDirectoryEntrySchema,
  BpccTokenResponseSchema,
  BpccUserSchema,
  BpccUserUpdateSchema,
} from "./schemas.ts";

describe("token response", () => {
  it.each([["3600"], [3600]])("reads expires_in %j as seconds", (expiresIn) => {
    const token = BpccTokenResponseSchema.parse({ access_token: "abc", token_type: "Bearer", expires_in: expiresIn, extra: 1 });
    expect(token).toEqual({ access_token: "abc", token_type: "Bearer", expires_in: 3600, scope: undefined });
  });

  it("assumes a short lifetime when expires_in is missing", () => {
    expect(BpccTokenResponseSchema.parse({ access_token: "abc" }).expires_in).toBe(300);
  });

  it.each([["soon"], [-5], [""]])("refuses expires_in %j", (expiresIn) => {
    expect(BpccTokenResponseSchema.safeParse({ access_token: "abc", expires_in: expiresIn }).success).toBe(false);
  });
});

describe("user", () => {
  it("reads the documented Get User Data example (its missing comma restored)", () => {
    const user = BpccUserSchema.parse({
      disabled: false,
      changePassword: false,
      skills: {},
      loginId: "frank.zappa",
      firstName: "Frank",
      lastName: "Zappa",
      team: "Customer Service",
      extension: "1048",
      email: "frank.zappa@gmail.com",
      roles: ["Agent"],
      loginInfo: { isLoggedIn: true, lastLogin: "2024-01-11T20:39:16.000Z", phoneMode: "Browser Secure", appVersion: "5.24.99.755" },
    });
    expect(user.loginInfo).toMatchObject({ isLoggedIn: true, phoneMode: "Browser Secure" });
    expect(user.skills).toEqual({});
  });

  it("reads string booleans, numeric extensions and absent fields with the documented defaults", () => {
    const user = BpccUserSchema.parse({ loginId: "ann", disabled: "true", changePassword: "false", extension: 1049, email: null });
    expect(user).toEqual({
      loginId: "ann",
      disabled: true,
      changePassword: false,
      extension: "1049",
      email: undefined,
      firstName: undefined,
      lastName: undefined,
      team: undefined,
      workPhone: undefined,
      mobilePhone: undefined,
      skills: {},
      roles: [],
      loginInfo: undefined,
    });
  });

  it("refuses a user without a loginId", () => {
    expect(BpccUserSchema.safeParse({ firstName: "Nobody" }).success).toBe(false);
  });
});

describe("phones", () => {
  it("reads a directory row whose flags are strings or missing", () => {
    expect(BpccDirectoryEntrySchema.parse({ loginId: "x", extension: 2004, voiceMail: "true" })).toMatchObject({
      extension: "2004",
      voiceMail: true,
      greeting: false,
    });
  });

  it("keeps undocumented assignment fields of an access number", () => {
    expect(BpccAccessNumberSchema.parse({ number: 16505555555, type: "user", loginId: "ann" })).toMatchObject({
      number: "16505555555",
      type: "user",
      loginId: "ann",
    });
  });
});

describe("requests", () => {
  it("keeps only the five updatable attributes", () => {
    const patch = BpccUserUpdateSchema.parse({ team: "Accounting", disabled: true, firstName: "X", loginId: "y" });
    expect(patch).toStrictEqual({ team: "Accounting", disabled: true });
  });

  it("wants JSON booleans in an update, not the collection's string \"true\"", () => {
    expect(BpccUserUpdateSchema.safeParse({ disabled: "true" }).success).toBe(false);
  });

  it("needs loginId, firstName, lastName and team to create", () => {
    const result = BpccCreateUserSchema.safeParse({ loginId: "ann" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["firstName", "lastName", "team"]);
  });
});
