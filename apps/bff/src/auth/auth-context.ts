import type { Request } from "express";
import type { Role } from "@switchboard/contracts";
import { AppError } from "../errors/app-error.ts";

/** Who is calling: read fresh from the store on every request, so a role change applies at once. */
export interface AuthContext {
  username: string;
  role: Role;
  csrfToken: string;
  sessionIdHash: string;
}

/** The caller of a route behind `requireSession`. */
export function authOf(req: Request): AuthContext {
  if (!req.auth) throw AppError.unauthenticated();
  return req.auth;
}
