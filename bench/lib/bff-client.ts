import { json } from "./http.ts";

export interface SignedIn {
  /** `name=value`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
}

/** Sign-in as the SPA does it: JSON body, a same-origin Origin; the answer sets the session cookie. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<SignedIn> {
  const res = await json<{ csrfToken?: string }>(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: baseUrl },
    body: JSON.stringify({ username, password }),
  });
  const setCookie = res.headers["set-cookie"]?.[0];
  if (res.status !== 200 || !setCookie || !res.body.csrfToken) {
    throw new Error(`sign-in as ${username} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return { cookie: setCookie.split(";")[0] ?? "", csrfToken: res.body.csrfToken };
}

/** Headers of a signed-in, state-changing call from our own origin. */
export function sessionHeaders(baseUrl: string, session: SignedIn, withBody = false): Record<string, string> {
  return {
    Cookie: session.cookie,
    Origin: baseUrl,
    "X-CSRF-Token": session.csrfToken,
    Accept: "application/json",
    ...(withBody ? { "Content-Type": "application/json" } : {}),
  };
}

export async function createAccount(
  baseUrl: string,
  admin: SignedIn,
  account: { username: string; password: string; role: "viewer" | "helpdesk" | "supervisor" | "admin" },
): Promise<void> {
  const res = await json(`${baseUrl}/api/accounts`, { method: "POST", headers: sessionHeaders(baseUrl, admin, true), body: JSON.stringify(account) });
  if (res.status !== 201 && res.status !== 200) throw new Error(`creating account ${account.username} answered ${res.status}: ${JSON.stringify(res.body)}`);
}

/** A route is "there" unless the API answers its own 404 for a path it has no route for. */
export async function routeExists(baseUrl: string, session: SignedIn, method: string, path: string): Promise<boolean> {
  const res = await json<{ detail?: string } | undefined>(`${baseUrl}${path}`, {
    method,
    headers: sessionHeaders(baseUrl, session, method !== "GET"),
    ...(method === "GET" ? {} : { body: "{}" }),
  });
  return !(res.status === 404 && /^No API route/.test(res.body?.detail ?? ""));
}
