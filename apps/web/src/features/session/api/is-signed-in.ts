import { fetchJson } from "@/lib/fetch-json";

/**
 * Whether the browser holds a session (`GET /api/session` answers 200), for the sign-in page to
 * send someone already signed in on. Any failure counts as no: the form is then shown. Through
 * fetchJson, not get-session's query: the sign-in page loads no axios, zod or TanStack Query
 * (decision 008).
 */
export async function isSignedIn({ signal }: { signal?: AbortSignal } = {}): Promise<boolean> {
  try {
    await fetchJson("/session", { signal });
    return true;
  } catch {
    return false;
  }
}
