import { z } from "zod";

/**
 * `GET /api/auth/methods`, public: how the anonymous sign-in page may sign a person in. `local` is the
 * password form (LOCAL_SIGN_IN); `sso` the identity provider's button, null when none is configured.
 */
export const AuthMethodsSchema = z.object({
  local: z.boolean(),
  sso: z.object({ name: z.string() }).nullable(),
});
export type AuthMethods = z.infer<typeof AuthMethodsSchema>;

/**
 * `DELETE /api/session` answers 204 when nothing more is to be done, or 200 with this when the session
 * came from the identity provider and it offers an end-session endpoint: the browser goes there next.
 */
export const SignedOutSchema = z.object({ endSessionUrl: z.url() });
export type SignedOut = z.infer<typeof SignedOutSchema>;

/** Why the sign-in page was sent back from single sign-on (`/sign-in?sso=…`). */
export const SSO_OUTCOMES = ["failed", "unavailable", "refused"] as const;
export type SsoOutcome = (typeof SSO_OUTCOMES)[number];

const PLACEHOLDER_ORIGIN = "https://switchboard.invalid";

/**
 * `next` as a path on this site (path, query and fragment), or undefined when a browser could read it
 * as another origin: the one rule the SPA's sign-in page and the BFF's single sign-on share, so that a
 * link to either cannot send a person elsewhere once they have signed in (an open redirect).
 */
export function sameOriginPath(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith("/") || next.startsWith("//")) return undefined;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil.example" or "/\t/evil.example"
  // would become protocol-relative: refuse backslashes and control characters anywhere.
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return undefined;
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
