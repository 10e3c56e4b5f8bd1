import { BASE_URL_OPTION, parseClientOptions, TRANSPORT_LIMITS, type UpstreamLogger, type UpstreamObserver } from "@switchboard/upstream-http";
import { z } from "zod";

/** pino-compatible; it is only ever given operation names, attempts and statuses, never secrets or tokens. */
export type BpccLogger = UpstreamLogger;

export type BpccClientOptions = {
  /** Tenant origin, e.g. "https://example.brightpattern.com"; calls go to `${baseUrl}/configapi/v2/...`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The tenant domain, e.g. "example.brightpattern.com". */
  scope: string;
  /** Deadline of each attempt, default 10 000 ms. */
  timeoutMs?: number;
  /** Most upstream calls in flight at once, default 16. */
  concurrency?: number;
  /** Extra attempts for reads and the idempotent unlock, default 2. */
  retries?: number;
  /** Ceiling of one backoff pause between attempts, default 1 000 ms. */
  maxBackoffMs?: number;
  logger?: BpccLogger;
  /** Told of every upstream attempt, for metrics (apps/bff/src/metrics). */
  observer?: UpstreamObserver;
};

const OptionsSchema = z.object({
  baseUrl: BASE_URL_OPTION,
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scope: z.string().min(1),
  ...TRANSPORT_LIMITS,
});

export type ResolvedOptions = z.infer<typeof OptionsSchema> & { logger: BpccLogger | undefined; observer: UpstreamObserver | undefined };

export function resolveOptions(options: BpccClientOptions): ResolvedOptions {
  const { logger, observer, ...rest } = options;
  return { ...parseClientOptions(OptionsSchema, rest, "BPCC"), logger, observer };
}
