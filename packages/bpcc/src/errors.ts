import type { UpstreamErrorKind } from "@switchboard/upstream-http";

/** What went wrong, in terms a caller can act on; the BFF maps each kind to one HTTP answer. */
export type BpccErrorKind = Exclude<UpstreamErrorKind, "forbidden">;

export type BpccErrorDetails = {
  kind: BpccErrorKind;
  status?: number | undefined;
  upstreamMessage?: string | undefined;
};

/**
 * The only error this package throws. It is built from plain values on purpose: an HTTP library's
 * error can carry the request (the Bearer header, the form body with the client secret) or its
 * socket, so one is never attached as `cause` nor copied into a field.
 */
export class BpccError extends Error {
  override readonly name = "BpccError";
  readonly kind: BpccErrorKind;
  readonly status: number | undefined;
  readonly upstreamMessage: string | undefined;

  constructor(message: string, details: BpccErrorDetails) {
    super(message);
    this.kind = details.kind;
    this.status = details.status;
    this.upstreamMessage = details.upstreamMessage;
  }
}

export function isBpccError(value: unknown): value is BpccError {
  return value instanceof BpccError;
}

/** Maps an upstream HTTP status onto a kind, as the collection's "Error Codes" section documents them. */
export function classifyStatus(status: number): BpccErrorKind {
  switch (status) {
    case 400:
      return "validation";
    case 401:
    case 403:
      return "unauthorized";
    case 404:
      return "not_found";
    case 409:
      return "conflict";
    case 415:
      return "unsupported_media";
    default:
      return "upstream";
  }
}
