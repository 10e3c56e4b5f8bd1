import type { Request } from "express";
import type { Role } from "@switchboard/contracts";
import { AppError } from "../errors/app-error.ts";
import type { TeamScope } from "./team-scope.ts";

/** Who is calling: read fresh from the store on every request, so a role change applies at once. */
export interface AuthContext {
  username: string;
  role: Role;
  /** The teams this account acts on (decision 023); null: the whole tenant. Read afresh like the role. */
  teams: TeamScope;
  csrfToken: string;
  sessionIdHash: string;
}

/** The caller of a route behind `requireSession`. */
export function authOf(req: Request): AuthContext {
  if (!req.auth) throw AppError.unauthenticated();
  return req.auth;
}
