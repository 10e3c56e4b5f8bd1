import { PermissionSchema, type Permission } from "@switchboard/contracts";

/** A route's `handle` when only some roles may open it. */
export function requiresPermission(permission: Permission): { permission: Permission } {
  return { permission };
}

/** The permission a matched route's handle asks for, if any. */
export function permissionOf(handle: unknown): Permission | undefined {
  if (typeof handle !== "object" || handle === null || !("permission" in handle)) return undefined;
  const parsed = PermissionSchema.safeParse(handle.permission);
  return parsed.success ? parsed.data : undefined;
}
