import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from "axios";
import axiosRetry, { exponentialDelay, isNetworkError } from "axios-retry";
import type { BpccLogger } from "./options.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** One upstream exchange, already encoded and serialized by the caller. */
export type Exchange = {
  /** The client call this exchange serves, for logs (never a URL with a token, never a body). */
  operation: string;
  method: HttpMethod;
  /** Relative to `${baseUrl}/configapi/v2`, path parameters already encoded. */
  path: string;
  bearer?: string;
  contentType?: string;
  data?: string;
  /** Reads and the idempotent unlock may be sent again; a create, update or delete never. */
  retryable: boolean;
};

/** What is left of a failed exchange once the axios error (which holds headers and body) is dropped. */
export type UpstreamFailure =
  | { type: "http"; status: number; body: string }
  | { type: "timeout" }
  | { type: "network"; code: string | undefined };

export type Reply = { ok: true; status: number; body: string } | { ok: false; failure: UpstreamFailure };

export type HttpSettings = {
  baseUrl: string;
  timeoutMs: number;
  retries: number;
  maxBackoffMs: number;
  logger: BpccLogger | undefined;
};

export type Http = { send(exchange: Exchange): Promise<Reply> };

const BASE_DELAY_MS = 100;
const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const TIMEOUT_CODES = new Set(["ETIMEDOUT", "ECONNABORTED"]);

export function createHttp(settings: HttpSettings): Http {
  const instance = createInstance(settings);
  return {
    async send(exchange) {
      try {
        const response = await instance.request<string>({
          method: exchange.method,
          url: exchange.path,
          data: exchange.data,
          headers: buildHeaders(exchange),
          "axios-retry": {
            retries: exchange.retryable ? settings.retries : 0,
            onRetry: (attempt, error) =>
              settings.logger?.warn(
                { operation: exchange.operation, attempt, reason: describeError(error) },
                "BPCC call failed; retrying",
              ),
          },
        });
        return { ok: true, status: response.status, body: readText(response.data) };
      } catch (error) {
        if (!(error instanceof AxiosError)) {
          // Not an HTTP outcome but a fault of ours or of axios: keep a trace without the error itself.
          settings.logger?.warn({ operation: exchange.operation, error: describeUnknown(error) }, "BPCC call failed unexpectedly");
        }
        return { ok: false, failure: extractFailure(error) };
      }
    },
  };
}

function createInstance(settings: HttpSettings): AxiosInstance {
  const instance = axios.create({
    baseURL: `${settings.baseUrl}/configapi/v2`,
    timeout: settings.timeoutMs,
    // The upstream labels a bare `OK` as application/json: take text and parse it ourselves.
    responseType: "text",
    transformResponse: [(data: unknown) => data],
    transformRequest: [(data: unknown) => data],
    transitional: { clarifyTimeoutError: true },
    // A redirect would replay the Bearer header somewhere we did not choose.
    maxRedirects: 0,
  });
  // axios' own timeout stops once headers arrive; a body that trickles in still needs a deadline.
  instance.interceptors.request.use((config) => {
    config.signal = AbortSignal.timeout(settings.timeoutMs);
    return config;
  });
  // Registered before axios-retry, so it runs first: the retry condition sees timeouts as timeouts,
  // and the spent signal is dropped (axios-retry skips the backoff when the signal is aborted).
  instance.interceptors.response.use(undefined, (error: unknown) => {
    if (!(error instanceof AxiosError) || !error.config) return Promise.reject(error);
    const config = error.config;
    const deadlineHit = axios.isCancel(error) && config.signal?.aborted === true;
    config.signal = undefined;
    return Promise.reject(deadlineHit ? createDeadlineError(config, settings.timeoutMs) : error);
  });
  axiosRetry(instance, {
    retries: settings.retries,
    shouldResetTimeout: true,
    retryCondition: isRetryableFailure,
    retryDelay: (attempt, error) => Math.min(settings.maxBackoffMs, exponentialDelay(attempt, error, BASE_DELAY_MS)),
  });
  return instance;
}

function buildHeaders(exchange: Exchange): Record<string, string | false> {
  return {
    Accept: "application/json",
    "User-Agent": "switchboard-bpcc",
    // `false` stops axios from adding its form-urlencoded default to a PUT without a body.
    "Content-Type": exchange.contentType ?? false,
    ...(exchange.bearer ? { Authorization: `Bearer ${exchange.bearer}` } : {}),
  };
}

function createDeadlineError(config: InternalAxiosRequestConfig, timeoutMs: number): AxiosError {
  return new AxiosError(`deadline of ${timeoutMs}ms exceeded`, AxiosError.ETIMEDOUT, config);
}

function isRetryableFailure(error: AxiosError): boolean {
  if (error.response) return RETRYABLE_STATUSES.has(error.response.status);
  return TIMEOUT_CODES.has(error.code ?? "") || isNetworkError(error);
}

function describeError(error: AxiosError): string {
  return error.response ? `HTTP ${error.response.status}` : (error.code ?? "network error");
}

function describeUnknown(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function readText(data: unknown): string {
  return typeof data === "string" ? data : "";
}

function extractFailure(error: unknown): UpstreamFailure {
  if (!(error instanceof AxiosError)) return { type: "network", code: undefined };
  if (error.response) return { type: "http", status: error.response.status, body: readText(error.response.data) };
  if (TIMEOUT_CODES.has(error.code ?? "")) return { type: "timeout" };
  return { type: "network", code: error.code };
}
