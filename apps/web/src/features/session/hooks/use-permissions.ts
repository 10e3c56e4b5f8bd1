import type { Permission, PlatformOperation } from "@switchboard/contracts";
import { useCallback } from "react";
import { useSession } from "../api/get-session";

/**
 * What the signed-in role may do (the matrix in the contracts) and what the platform supports (its
 * capabilities). Only for showing or hiding controls: the BFF enforces both on every call.
 */
export function usePermissions() {
  const { data: session } = useSession();
  const can = useCallback((permission: Permission) => session?.permissions.includes(permission) ?? false, [session]);
  const supports = useCallback(
    (operation: PlatformOperation) => session?.capabilities.operations.includes(operation) ?? false,
    [session],
  );
  return { can, supports };
}
