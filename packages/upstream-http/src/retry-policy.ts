import type { UpstreamFailure } from "./http.ts";

const BASE_DELAY_MS = 100;
const RETRYABLE_STATUSES = new Set([502, 503, 504]);
/** Failures that another attempt would only repeat: a name that does not resolve, a certificate refused. */
const PERMANENT_NETWORK_CODES = /^(ENOTFOUND|ENETUNREACH|CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/;

/**
 * 502/503/504, a missed deadline, a connection refused, reset or dropped. Never a 500 (BPCC uses it
 * for a wrong endpoint, GWS for an internal error that another attempt would meet again); never a
 * call its caller stopped.
 */
export function isRetryableFailure(failure: UpstreamFailure): boolean {
  switch (failure.type) {
    case "http":
      return RETRYABLE_STATUSES.has(failure.status);
    case "timeout":
      return true;
    case "network":
      return !PERMANENT_NETWORK_CODES.test(failure.code ?? "");
    case "stopped":
      return false;
  }
}

/** For the retry log line: a status or a code, never a body. */
export function describeFailure(failure: UpstreamFailure): string {
  switch (failure.type) {
    case "http":
      return `HTTP ${failure.status}`;
    case "timeout":
      return "timeout";
    case "network":
      return failure.code ?? "network error";
    case "stopped":
      return "stopped by its caller";
  }
}

/**
 * Exponential (200 ms, 400 ms, …) with up to 20 % jitter, or the upstream's `Retry-After` when it
 * asks for longer; never more than `maxBackoffMs`.
 */
export function computeBackoffMs(attempt: number, failure: UpstreamFailure, maxBackoffMs: number): number {
  const exponential = 2 ** attempt * BASE_DELAY_MS;
  const jittered = exponential + exponential * 0.2 * Math.random();
  const requested = failure.type === "http" ? (failure.retryAfterMs ?? 0) : 0;
  return Math.min(maxBackoffMs, Math.max(jittered, requested));
}

/** `Retry-After` as seconds or as an HTTP date; undefined when absent or unreadable. */
export function readRetryAfterMs(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
