import { z } from "zod";

/**
 * `GET /api/auth/methods`, public: how the anonymous sign-in page may sign a person in. `local` is the
 * password form (LOCAL_SIGN_IN); `sso` the identity provider's button, null when none is configured;
 * `signedIn` whether the browser already holds a session (the page then sends them on). Asked here, not
 * with `GET /api/session`, so an anonymous visit gets no 401, which a browser logs as an error.
 */
export const AuthMethodsSchema = z.lazy(() => z.object({
  local: z.boolean(),
  sso: z.object({ name: z.string() }).nullable(),
  signedIn: z.boolean(),
}));
export type AuthMethods = z.infer<typeof AuthMethodsSchema>;

/**
 * `DELETE /api/session` answers 204 when nothing more is to be done, or 200 with this when the session
 * came from the identity provider and it offers an end-session endpoint: the browser goes there next.
 */
export const SignedOutSchema = z.lazy(() => z.object({ endSessionUrl: z.url() }));
export type SignedOut = z.infer<typeof SignedOutSchema>;

/** Why the sign-in page was sent back from single sign-on (`/sign-in?sso=…`). */
export const SSO_OUTCOMES = ["failed", "unavailable", "refused"] as const;
export type SsoOutcome = (typeof SSO_OUTCOMES)[number];
