import type { AuthContext } from "../auth/auth-context.ts";

declare global {
  namespace Express {
    interface Request {
      /** Set by the session middleware when the request carries a valid login session. */
      auth?: AuthContext;
    }
  }
}
