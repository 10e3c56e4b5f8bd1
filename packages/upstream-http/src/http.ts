import { setTimeout as sleep } from "node:timers/promises";
import { Pool } from "undici";
import { computeBackoffMs, describeFailure, isRetryableFailure, readRetryAfterMs } from "./retry-policy.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** pino-compatible; it is only ever given operation names, attempts and statuses, never secrets or tokens. */
export type UpstreamLogger = {
  warn(obj: object, msg: string): void;
  info?(obj: object, msg: string): void;
};

/** One upstream exchange, already encoded and serialized by the caller. */
export type Exchange = {
  /** The client call this exchange serves, for logs (never a URL with a token, never a body). */
  operation: string;
  method: HttpMethod;
  /** Relative to the API's prefix, path parameters already encoded, with its query string if any. */
  path: string;
  /** Every request header; only the caller's own (credentials included) are sent. */
  headers: Record<string, string>;
  data?: string | undefined;
  /** Reads (and idempotent writes) may be sent again; a create, update or delete never. */
  retryable: boolean;
  /** The caller's deadline: once it fires, no attempt or backoff pause starts and the one under way is cut off. */
  signal?: AbortSignal | undefined;
};

export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** What is left of a failed exchange: plain values, never the HTTP library's error (which can hold the socket and request). */
export type UpstreamFailure =
  | { type: "http"; status: number; body: string; headers: ResponseHeaders; retryAfterMs?: number | undefined }
  | { type: "timeout" }
  | { type: "network"; code: string | undefined }
  /** The caller's signal fired (its deadline passed, or it went away): the call stopped on our side. */
  | { type: "stopped" };

export type Reply =
  | { ok: true; status: number; body: string; headers: ResponseHeaders }
  | { ok: false; failure: UpstreamFailure };

export type HttpSettings = {
  /** The server's URL, a context path allowed (e.g. `https://host/gws`). */
  baseUrl: string;
  /** Put after the base URL's path, e.g. `/configapi/v2`. */
  apiPrefix: string;
  /** The platform's name in log lines, e.g. "BPCC". */
  label: string;
  timeoutMs: number;
  retries: number;
  maxBackoffMs: number;
  /** Sockets kept open to the upstream at most; the client's own limit keeps calls below it. */
  concurrency: number;
  logger: UpstreamLogger | undefined;
  observer?: UpstreamObserver | undefined;
};

/** How one attempt ended, for metrics: `ok`, the HTTP status of a refusal, or what stopped it. */
export type AttemptOutcome = "ok" | `http_${number}` | "timeout" | "network" | "stopped";

/**
 * Told of every attempt (not every call: a retried read is two attempts): when it starts, and how it
 * ended and how long it took. For the BFF's metrics; it never sees a path, a header or a body.
 */
export type UpstreamObserver = {
  attemptStarted(operation: string): (outcome: AttemptOutcome, seconds: number) => void;
};

export type Http = { send(exchange: Exchange): Promise<Reply> };

const STOPPED: Reply = { ok: false, failure: { type: "stopped" } };

/** undici's own deadlines, which our per-attempt deadline normally beats to it. */
const UNDICI_TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/**
 * One keep-alive undici pool per client: the cheapest HTTP/1.1 path Node has (axios over node:http
 * capped the BFF at about half the calls per second). Retries are a loop of our own rather than
 * undici's retry interceptor, which drops the last failed answer's body (the upstream's reason) and
 * has no deadline for a whole attempt.
 */
export function createHttp(settings: HttpSettings): Http {
  const base = new URL(settings.baseUrl);
  const prefix = `${base.pathname.replace(/\/+$/, "")}${settings.apiPrefix}`;
  const pool = new Pool(base.origin, {
    connections: settings.concurrency,
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
  });

  async function sendOnce(exchange: Exchange): Promise<Reply> {
    // undici's headers and body timeouts measure silence; a body that trickles in needs a deadline too.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), settings.timeoutMs);
    const stop = () => deadline.abort();
    exchange.signal?.addEventListener("abort", stop, { once: true });
    try {
      // A redirect is not followed (undici's request() follows none): it would replay the credentials.
      const response = await pool.request({
        method: exchange.method,
        path: `${prefix}${exchange.path}`,
        headers: exchange.headers,
        body: exchange.data ?? null,
        signal: deadline.signal,
      });
      const body = await response.body.text();
      const { statusCode: status, headers } = response;
      if (status >= 200 && status < 300) return { ok: true, status, body, headers };
      return { ok: false, failure: { type: "http", status, body, headers, retryAfterMs: readRetryAfterMs(headers["retry-after"]) } };
    } catch (error) {
      if (exchange.signal?.aborted) return STOPPED;
      if (deadline.signal.aborted) return { ok: false, failure: { type: "timeout" } };
      return { ok: false, failure: extractFailure(error, exchange.operation, settings) };
    } finally {
      clearTimeout(timer);
      exchange.signal?.removeEventListener("abort", stop);
    }
  }

  return {
    async send(exchange) {
      const attempts = exchange.retryable ? settings.retries + 1 : 1;
      for (let attempt = 1; ; attempt += 1) {
        // Also when a queue slot came after the deadline: the slot is given back at once.
        if (exchange.signal?.aborted) return STOPPED;
        const ended = settings.observer?.attemptStarted(exchange.operation);
        const started = performance.now();
        const reply = await sendOnce(exchange);
        ended?.(outcomeOf(reply), (performance.now() - started) / 1000);
        if (reply.ok || attempt >= attempts || !isRetryableFailure(reply.failure)) return reply;
        settings.logger?.warn(
          { operation: exchange.operation, attempt, reason: describeFailure(reply.failure) },
          `${settings.label} call failed; retrying`,
        );
        try {
          await sleep(computeBackoffMs(attempt, reply.failure, settings.maxBackoffMs), undefined, { signal: exchange.signal });
        } catch {
          return STOPPED;
        }
      }
    },
  };
}

function outcomeOf(reply: Reply): AttemptOutcome {
  if (reply.ok) return "ok";
  return reply.failure.type === "http" ? `http_${reply.failure.status}` : reply.failure.type;
}

function extractFailure(error: unknown, operation: string, settings: HttpSettings): UpstreamFailure {
  const code = readCode(error);
  if (code === undefined) {
    // Not an HTTP outcome but a fault of ours or of undici: keep a trace without the error itself.
    settings.logger?.warn(
      { operation, error: error instanceof Error ? error.name : typeof error },
      `${settings.label} call failed unexpectedly`,
    );
    return { type: "network", code: undefined };
  }
  return UNDICI_TIMEOUT_CODES.has(code) ? { type: "timeout" } : { type: "network", code };
}

function readCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
