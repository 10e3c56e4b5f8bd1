import type { Permission, PlatformOperation } from "@switchboard/contracts";

/** Made only by requiresPermission, so a handle is one by being an instance (no parsing needed). */
class PermissionHandle {
  readonly permission: Permission;
  readonly operation: PlatformOperation | undefined;
  constructor(permission: Permission, operation?: PlatformOperation) {
    this.permission = permission;
    this.operation = operation;
  }
}

/**
 * A route's `handle` when only some roles may open it, and, with `operation`, only on a platform
 * that has that operation (Teams and Access numbers do not exist on every contact center platform).
 */
export function requiresPermission(permission: Permission, operation?: PlatformOperation): PermissionHandle {
  return new PermissionHandle(permission, operation);
}

/** The permission a matched route's handle asks for, if any. */
export function permissionOf(handle: unknown): Permission | undefined {
  return handle instanceof PermissionHandle ? handle.permission : undefined;
}

/** The platform operation a matched route's handle needs, if any. */
export function operationOf(handle: unknown): PlatformOperation | undefined {
  return handle instanceof PermissionHandle ? handle.operation : undefined;
}
