import { sameOriginPath } from "@switchboard/contracts/same-origin-path";
import { paths } from "@/config/paths";

/**
 * The `next` of the sign-in page, if it is a path on this site; otherwise the Directory.
 * An open redirect here would let a link to our sign-in page send a person somewhere else after
 * they typed their password, so anything that a browser could read as another origin is refused
 * (`sameOriginPath`, the rule the BFF's single sign-on applies too).
 */
export function safeNextPath(next: string | null | undefined): string {
  const fallback = paths.directory.getHref();
  const path = sameOriginPath(next);
  if (path === undefined) return fallback;
  // Coming back to the sign-in page after signing in would look like the sign-in failed.
  if (new URL(path, "https://switchboard.invalid").pathname === paths.signIn.path) return fallback;
  return path;
}
