import { BASE_URL_OPTION, parseClientOptions, TRANSPORT_LIMITS, type UpstreamLogger, type UpstreamObserver } from "@switchboard/upstream-http";
import { z } from "zod";

/** pino-compatible; it is only ever given operation names, attempts and statuses, never secrets. */
export type GenesysLogger = UpstreamLogger;

export type GenesysClientOptions = {
  /** The GWS server, a context path allowed: "https://gws.example.com/gws"; calls go to `${baseUrl}/api/v2/...`. */
  baseUrl: string;
  /** The API user (Contact Center Admin), sent with HTTP Basic on every call. */
  username: string;
  password: string;
  /** Deadline of each attempt, default 10 000 ms. */
  timeoutMs?: number;
  /** Most upstream calls in flight at once, default 16. */
  concurrency?: number;
  /** Extra attempts for reads, default 2. Writes are never sent twice (but for one CSRF refresh). */
  retries?: number;
  /** Ceiling of one backoff pause between attempts, default 1 000 ms. */
  maxBackoffMs?: number;
  /** Users per page when listing, default 100. */
  pageSize?: number;
  logger?: GenesysLogger;
  /** Told of every upstream attempt, for metrics (apps/bff/src/metrics). */
  observer?: UpstreamObserver;
};

const OptionsSchema = z.object({
  baseUrl: BASE_URL_OPTION,
  // RFC 7617: a colon would end the user name inside the Basic credentials.
  username: z.string().min(1).refine((name) => !name.includes(":"), "must not contain a colon"),
  password: z.string().min(1),
  ...TRANSPORT_LIMITS,
  pageSize: z.number().int().min(1).max(1_000).default(100),
});

export type ResolvedOptions = z.infer<typeof OptionsSchema> & { logger: GenesysLogger | undefined; observer: UpstreamObserver | undefined };

export function resolveOptions(options: GenesysClientOptions): ResolvedOptions {
  const { logger, observer, ...rest } = options;
  return { ...parseClientOptions(OptionsSchema, rest, "Genesys"), logger, observer };
}
