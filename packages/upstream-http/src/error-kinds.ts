/**
 * The failure vocabulary every platform client speaks, so that the BFF maps each kind to one HTTP
 * answer whatever the platform. A client's own kind type picks the ones it can produce.
 */
export type UpstreamErrorKind =
  /** The upstream refused the input, or the client did before sending. */
  | "validation"
  | "not_found"
  /** Already exists, or still in use. */
  | "conflict"
  /** The API user lacks a role or permission (Genesys codes 3 and 5). */
  | "forbidden"
  /** BPCC's 415. */
  | "unsupported_media"
  /** Refused access on a data call even after renewing it (BPCC's 401 twice, 403). */
  | "unauthorized"
  /** The configured API credentials are wrong: an operator must fix the configuration. */
  | "credentials_rejected"
  /** An attempt's deadline, or the caller's, passed. */
  | "timeout"
  /** No answer: refused, reset, dropped. */
  | "unavailable"
  /** Anything else the upstream did wrong, or a body that does not parse. */
  | "upstream";
