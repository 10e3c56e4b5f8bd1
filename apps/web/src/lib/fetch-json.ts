import { env } from "@/config/env";
import { ApiError, apiErrorFromResponse } from "./errors";

type FetchJsonInit = { method?: "GET" | "POST"; body?: unknown; signal?: AbortSignal | undefined };

async function readBody(response: Response): Promise<unknown> {
  if (!/json/.test(response.headers.get("content-type") ?? "")) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * The sign-in page's few calls (health, "am I signed in?", sign-in) go through fetch, not the axios
 * api-client: axios, zod and TanStack Query load with the signed-in area, after sign-in
 * (decision 008). Failures become the same ApiError the api-client gives.
 *
 * None of these calls changes anything a session owns, so none carries a CSRF token; a 401 here is
 * an answer (not signed in, wrong password), never a session that ran out.
 */
export async function fetchJson(path: string, { method = "GET", body, signal }: FetchJsonInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${env.apiBaseUrl}${path}`, {
      method,
      headers: { Accept: "application/json", ...(body !== undefined && { "Content-Type": "application/json" }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(signal && { signal }),
      // Same origin only: the BFF's cookies are SameSite=Strict and never go anywhere else.
      credentials: "same-origin",
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(error instanceof Error ? error.message : "Network error", null);
  }
  const data = await readBody(response);
  if (!response.ok) {
    const fallback = `Request failed with status code ${response.status}`;
    throw apiErrorFromResponse(fallback, response.status, data, response.headers.get("retry-after"));
  }
  return data;
}
