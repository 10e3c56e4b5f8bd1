import { describe, expect, it } from "vitest";
import { permissionsOf, roleCan } from "./permissions.ts";

describe("the permission matrix", () => {
  it("lets a viewer read the directory but not unlock anyone", () => {
    expect(roleCan("viewer", "readDirectory")).toBe(true);
    expect(roleCan("viewer", "unlock")).toBe(false);
  });

  it("gives helpdesk unlock and password reset, but no editing", () => {
    expect(permissionsOf("helpdesk")).toEqual(
      expect.arrayContaining(["unlock", "resetPassword", "readLoginInfo"]),
    );
    expect(roleCan("helpdesk", "editUser")).toBe(false);
  });

  it("keeps creating, deleting, the audit trail and accounts to admins", () => {
    for (const p of ["createUser", "deleteUser", "readAudit", "manageAccounts", "editUserRoles"] as const) {
      expect(roleCan("supervisor", p)).toBe(false);
      expect(roleCan("admin", p)).toBe(true);
    }
  });

  it("grants an admin every permission", () => {
    expect(permissionsOf("admin")).toHaveLength(16);
  });
});
