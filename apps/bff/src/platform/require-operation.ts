import type { RequestHandler } from "express";
import type { Capabilities, PlatformOperation } from "@switchboard/contracts";
import { declareOperation } from "../auth/route-access.ts";
import { AppError } from "../errors/app-error.ts";

/** Declares the port operation a route calls: `requires("getLockState")`. */
export type RequireOperation = (operation: PlatformOperation) => RequestHandler;

/**
 * A route whose platform lacks its operation (a lock state on Genesys) answers 501 naming both,
 * before any work and without calling the upstream, instead of a 404 or 500 that would blame the
 * user or the server. The route inventory reads the declaration, so the OpenAPI document says it too.
 */
export function createRequireOperation(capabilities: Capabilities): RequireOperation {
  const supported = new Set(capabilities.operations);
  return (operation) =>
    declareOperation(
      (_req, _res, next) => next(supported.has(operation) ? undefined : AppError.notSupported(capabilities.platform, operation)),
      operation,
    );
}
