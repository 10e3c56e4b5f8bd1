import type { RequestHandler } from "express";
import { roleCan, type Permission } from "@switchboard/contracts";
import { AppError } from "../errors/app-error.ts";

/** Declares the permission a route needs (the matrix in @switchboard/contracts); 403 before any work. */
export function authorize(permission: Permission): RequestHandler {
  return (req, _res, next) => {
    if (!req.auth) return next(AppError.unauthenticated());
    if (!roleCan(req.auth.role, permission)) return next(AppError.forbidden());
    next();
  };
}
