import type { Request } from "express";
import { ApiError } from "../errors.ts";

/**
 * A path parameter, already percent-decoded by Express: `a%2Fb` arrives as `a/b` — one
 * segment, so it addresses user `a/b` and can never reach another route.
 */
export function pathParam(req: Request, name: string): string {
  const value = req.params[name];
  if (typeof value !== "string") throw new ApiError(400, "Bad Request");
  return value;
}
