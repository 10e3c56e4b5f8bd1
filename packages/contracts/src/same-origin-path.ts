// No zod and no other import: the SPA's sign-in page uses this, and loads no zod (decision 008).
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
