import { z } from "zod";

export const ROLES = ["viewer", "helpdesk", "supervisor", "admin"] as const;
export const RoleSchema = z.lazy(() => z.enum(ROLES));
export type Role = z.infer<typeof RoleSchema>;

const everyone = ["viewer", "helpdesk", "supervisor", "admin"] as const satisfies readonly Role[];
const helpdeskUp = ["helpdesk", "supervisor", "admin"] as const satisfies readonly Role[];
const supervisorUp = ["supervisor", "admin"] as const satisfies readonly Role[];
const adminOnly = ["admin"] as const satisfies readonly Role[];

/**
 * The permission matrix (docs/architecture.md, "Roles"). The BFF enforces it on every route; the SPA reads it
 * only to hide what the signed-in role may not do. A route without an entry here is denied.
 */
export const PERMISSIONS = {
  readDirectory: everyone,
  readTeams: everyone,
  readAccessNumbers: everyone,
  /** A user's profile, team, skills, flags, and whether the account is locked (docs/decisions/005). */
  readUser: everyone,
  /** Sign-in details: signed in or not, when, from which address, browser and application. */
  readLoginInfo: helpdeskUp,
  unlock: helpdeskUp,
  resetPassword: helpdeskUp,
  editUser: supervisorUp,
  /** A user's roles, on a platform that changes them after creation: they can make someone an admin there. */
  editUserRoles: adminOnly,
  readUserHistory: supervisorUp,
  /** Preview (and, once jobs land, apply) a users CSV; creates and deletes in it stay admin only, row by row. */
  importUsers: supervisorUp,
  /** Read the whole tenant again into the user index (costs one platform call per user on BPCC). */
  refreshUserIndex: supervisorUp,
  /** The skills coverage page: which skills each team has, at what levels (from the user index). */
  readSkillsCoverage: supervisorUp,
  /** Export the users (all, a filter or a selection) as a CSV file, as a job (issue 14). */
  exportUsers: supervisorUp,
  createUser: adminOnly,
  deleteUser: adminOnly,
  readAudit: adminOnly,
  /** Any job, not only those one started oneself (docs/decisions/018-jobs.md). */
  readAnyJob: adminOnly,
  manageAccounts: adminOnly,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PermissionSchema = z.lazy(() => z.enum(Object.keys(PERMISSIONS) as [Permission, ...Permission[]]));

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Every permission a role holds, in matrix order. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleCan(role, p));
}
