import { describe, expect, it } from "vitest";
import { claimValues, RoleMapSchema, roleFromGroups } from "./claims.ts";

const map = RoleMapSchema.parse("sb-admins=admin,sb-helpdesk=helpdesk,sb-supervisors=supervisor,staff=viewer");

describe("roles from the provider's claims", () => {
  it("gives the highest role any group maps to, and none when no group maps", () => {
    expect(roleFromGroups(["staff", "sb-supervisors", "sb-helpdesk"], map)).toBe("supervisor");
    expect(roleFromGroups(["sb-admins", "staff"], map)).toBe("admin");
    expect(roleFromGroups(["everyone"], map)).toBeUndefined();
    expect(roleFromGroups([], map)).toBeUndefined();
  });

  it("reads a dotted path into nested claims, a list or one string", () => {
    expect(claimValues({ realm_access: { roles: ["staff", 3, "sb-admins"] } }, "realm_access.roles")).toEqual(["staff", "sb-admins"]);
    expect(claimValues({ roles: "staff sb-helpdesk" }, "roles")).toEqual(["staff", "sb-helpdesk"]);
    expect(claimValues({ roles: { nested: true } }, "roles")).toEqual([]);
    expect(claimValues({}, "realm_access.roles")).toEqual([]);
    // Only the claim's own keys: nothing from Object.prototype.
    expect(claimValues({}, "constructor.name")).toEqual([]);
  });
});
