import { paths } from "@/config/paths";

const PLACEHOLDER_ORIGIN = "https://switchboard.invalid";

/**
 * The `next` of the sign-in page, if it is a path on this site; otherwise the Directory.
 * An open redirect here would let a link to our sign-in page send a person somewhere else after
 * they typed their password, so anything that a browser could read as another origin is refused.
 */
export function safeNextPath(next: string | null | undefined): string {
  const fallback = paths.directory.getHref();
  if (!next || !next.startsWith("/") || next.startsWith("//")) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil.example" or "/\t/evil.example"
  // would become protocol-relative: refuse backslashes and control characters anywhere.
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;

  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // Coming back to the sign-in page after signing in would look like the sign-in failed.
  if (url.pathname === paths.signIn.path) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
