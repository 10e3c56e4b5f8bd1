import type { RequestHandler } from "express";
import { PERMISSIONS, roleCan, type Permission } from "@switchboard/contracts";
import { AppError } from "../errors/app-error.ts";
import { declareAccess } from "./route-access.ts";

/**
 * Declares the permission a route needs (the matrix in @switchboard/contracts); 403 before any work,
 * so a refused call never reaches the upstream. A name the matrix lacks cannot even be declared.
 */
export function authorize(permission: Permission): RequestHandler {
  if (!Object.hasOwn(PERMISSIONS, permission)) throw new TypeError(`authorize: "${permission}" is not in the permission matrix`);
  return declareAccess(
    (req, _res, next) => {
      if (!req.auth) return next(AppError.unauthenticated());
      if (!roleCan(req.auth.role, permission)) return next(AppError.forbidden());
      next();
    },
    { kind: "permission", permission },
  );
}
