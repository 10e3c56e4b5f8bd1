export {
  createHttp,
  type Exchange,
  type Http,
  type HttpMethod,
  type HttpSettings,
  type Reply,
  type ResponseHeaders,
  type UpstreamFailure,
  type UpstreamLogger,
  type UpstreamObserver,
  type AttemptOutcome,
} from "./http.ts";
export { createRedactor, withCallSecrets, type Redactor } from "./redactor.ts";
export { computeBackoffMs, describeFailure, isRetryableFailure, readRetryAfterMs } from "./retry-policy.ts";
export { waitUnlessStopped } from "./wait-unless-stopped.ts";
export { pickLimits, type UpstreamLimits } from "./limits.ts";
export type { UpstreamErrorKind } from "./error-kinds.ts";
export { BASE_URL_OPTION, parseClientOptions, TRANSPORT_LIMITS } from "./client-options.ts";
