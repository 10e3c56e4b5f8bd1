import type { AuthMethods } from "@switchboard/contracts";
import { fetchJson } from "@/lib/fetch-json";

/** What the sign-in page offers when the BFF cannot say: the password form, as before single sign-on. */
export const PASSWORD_ONLY: AuthMethods = { local: true, sso: null, signedIn: false };

/**
 * Checked by hand, not with the contract's AuthMethodsSchema: the sign-in page loads no zod
 * (decision 008). Anything unexpected reads as "password only".
 */
function toAuthMethods(body: unknown): AuthMethods {
  if (!body || typeof body !== "object" || !("local" in body) || typeof body.local !== "boolean") return PASSWORD_ONLY;
  const sso = "sso" in body ? body.sso : null;
  const name = sso && typeof sso === "object" && "name" in sso && typeof sso.name === "string" ? sso.name : undefined;
  const signedIn = "signedIn" in body && body.signedIn === true;
  return { local: body.local, sso: name === undefined ? null : { name }, signedIn };
}

/**
 * `GET /api/auth/methods`: the password form (LOCAL_SIGN_IN), the identity provider's button if any,
 * and whether the browser is signed in already. Not `GET /api/session`: its 401 to an anonymous
 * visitor is logged as an error in the browser's console.
 */
export async function getAuthMethods({ signal }: { signal?: AbortSignal } = {}): Promise<AuthMethods> {
  try {
    return toAuthMethods(await fetchJson("/auth/methods", { signal }));
  } catch (error) {
    if (signal?.aborted) throw error;
    return PASSWORD_ONLY;
  }
}
