import { SPA_REQUEST_TIMEOUT_MS } from "@switchboard/contracts";
import axios, { AxiosError } from "axios";
import { env } from "@/config/env";
import { apiErrorFromResponse, ApiError } from "./errors";

declare module "axios" {
  interface AxiosRequestConfig {
    /**
     * For the session calls only: there a 401 is an answer (not signed in, wrong password), not
     * a session that ran out.
     */
    skipUnauthorizedRedirect?: boolean;
  }
}

export type ApiClientHooks = {
  /** The session's CSRF token; kept in the query cache (memory) only, never in storage. */
  getCsrfToken: () => string | undefined;
  /** A call other than the session check answered 401: the session is gone. */
  onUnauthorized: () => void;
  /** A call answered 403: the account's role may have changed since the session was read. */
  onForbidden?: () => void;
};

let hooks: ApiClientHooks = { getCsrfToken: () => undefined, onUnauthorized: () => {} };

/** `app/` wires the client to the session and the router, which `lib/` may not import. */
export function configureApiClient(next: ApiClientHooks): void {
  hooks = next;
}

export const apiClient = axios.create({
  baseURL: env.apiBaseUrl,
  headers: { Accept: "application/json" },
  // Longer than the BFF's deadline for a request, so that a slow contact center is told by the BFF's 504.
  timeout: SPA_REQUEST_TIMEOUT_MS,
  // ETIMEDOUT for our own timeout, apart from ECONNABORTED, which also means "aborted".
  transitional: { clarifyTimeoutError: true },
  // The BFF's cookies are SameSite=Strict and HttpOnly on the same origin; never send them elsewhere.
  withCredentials: false,
});

const SAFE_METHODS = new Set(["get", "head", "options"]);

apiClient.interceptors.request.use((config) => {
  if (!SAFE_METHODS.has((config.method ?? "get").toLowerCase())) {
    const token = hooks.getCsrfToken();
    if (token) config.headers.set("X-CSRF-Token", token);
  }
  return config;
});

/** A download (responseType "blob") gets its problem details as a Blob too: read them as JSON. */
async function readBlobBody(error: unknown): Promise<void> {
  const response = axios.isAxiosError(error) ? error.response : undefined;
  if (!response || !(response.data instanceof Blob) || !/json/.test(response.data.type)) return;
  try {
    response.data = JSON.parse(await response.data.text()) as unknown;
  } catch {
    // Not JSON after all: the ApiError then says the request failed, without details.
  }
}

function toApiError(error: unknown): unknown {
  if (!axios.isAxiosError(error)) return error;
  const response = error.response;
  if (!response) return new ApiError(error.message, null, null, null, error.code === AxiosError.ETIMEDOUT);
  return apiErrorFromResponse(error.message, response.status, response.data, response.headers["retry-after"]);
}

function reactToStatus(status: number | undefined): void {
  if (status === 401) hooks.onUnauthorized();
  if (status === 403) hooks.onForbidden?.();
}

apiClient.interceptors.response.use(undefined, async (error: unknown) => {
  await readBlobBody(error);
  const apiError = toApiError(error);
  if (axios.isAxiosError(error) && !error.config?.skipUnauthorizedRedirect) reactToStatus(error.response?.status);
  return Promise.reject(apiError);
});

/**
 * An error answer to a call made outside axios (the directory's worker downloads it itself): the
 * same ApiError, and the same reaction to a 401 or 403, as through the client.
 */
export function apiErrorOfAnswer(status: number, body: unknown, retryAfter: unknown): ApiError {
  reactToStatus(status);
  return apiErrorFromResponse(`Request failed with status code ${status}`, status, body, retryAfter);
}
