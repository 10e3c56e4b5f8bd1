import type { UpstreamErrorKind } from "@switchboard/upstream-http";

/**
 * What went wrong, in the words `BpccErrorKind` uses too (`UpstreamErrorKind`), so the BFF maps both
 * one way; `forbidden` (codes 3 and 5: the API user lacks a role) is Genesys's own, and BPCC's
 * `unsupported_media` has no counterpart here.
 */
export type GenesysErrorKind = Exclude<UpstreamErrorKind, "unsupported_media">;

export type GenesysErrorDetails = {
  kind: GenesysErrorKind;
  /** The body's `statusCode`, when there was one (0 never reaches an error). */
  code?: number | undefined;
  /** The HTTP status, when the upstream answered. */
  status?: number | undefined;
  /** The upstream's `statusMessage`, scrubbed of secrets and bounded in length. */
  upstreamMessage?: string | undefined;
  /** For `validation` and `conflict`: the user field the upstream's message names, e.g. `userName`. */
  field?: string | undefined;
};

/**
 * The only error this package throws. It is built from plain values on purpose: an HTTP library's
 * error can carry the request (the Basic header, the session cookie, the CSRF token) or its socket,
 * so one is never attached as `cause` nor copied into a field.
 */
export class GenesysError extends Error {
  override readonly name = "GenesysError";
  readonly kind: GenesysErrorKind;
  readonly code: number | undefined;
  readonly status: number | undefined;
  readonly upstreamMessage: string | undefined;
  readonly field: string | undefined;

  constructor(message: string, details: GenesysErrorDetails) {
    super(message);
    this.kind = details.kind;
    this.code = details.code;
    this.status = details.status;
    this.upstreamMessage = details.upstreamMessage;
    this.field = details.field;
  }
}

export function isGenesysError(value: unknown): value is GenesysError {
  return value instanceof GenesysError;
}
