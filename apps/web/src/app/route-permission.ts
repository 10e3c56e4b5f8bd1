import type { Permission } from "@switchboard/contracts";

/** Made only by requiresPermission, so a handle is one by being an instance (no parsing needed). */
class PermissionHandle {
  readonly permission: Permission;
  constructor(permission: Permission) {
    this.permission = permission;
  }
}

/** A route's `handle` when only some roles may open it. */
export function requiresPermission(permission: Permission): PermissionHandle {
  return new PermissionHandle(permission);
}

/** The permission a matched route's handle asks for, if any. */
export function permissionOf(handle: unknown): Permission | undefined {
  return handle instanceof PermissionHandle ? handle.permission : undefined;
}
