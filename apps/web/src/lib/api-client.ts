import axios from "axios";
import { env } from "@/config/env";
import { toApiError } from "./errors";

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
};

let hooks: ApiClientHooks = { getCsrfToken: () => undefined, onUnauthorized: () => {} };

/** `app/` wires the client to the session and the router, which `lib/` may not import. */
export function configureApiClient(next: ApiClientHooks): void {
  hooks = next;
}

export const apiClient = axios.create({
  baseURL: env.apiBaseUrl,
  headers: { Accept: "application/json" },
  timeout: 30_000,
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

apiClient.interceptors.response.use(undefined, (error: unknown) => {
  const apiError = toApiError(error);
  if (
    axios.isAxiosError(error) &&
    error.response?.status === 401 &&
    !error.config?.skipUnauthorizedRedirect
  ) {
    hooks.onUnauthorized();
  }
  return Promise.reject(apiError);
});
