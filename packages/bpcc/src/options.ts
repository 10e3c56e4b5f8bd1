import type { UpstreamLogger } from "@switchboard/upstream-http";
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
};

const OptionsSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, "")),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scope: z.string().min(1),
  timeoutMs: z.number().int().positive().default(10_000),
  concurrency: z.number().int().positive().default(16),
  retries: z.number().int().min(0).max(10).default(2),
  maxBackoffMs: z.number().int().min(0).default(1_000),
});

export type ResolvedOptions = z.infer<typeof OptionsSchema> & { logger: BpccLogger | undefined };

/** Fails fast at start with the option's name; zod's messages never echo the (secret) value. */
export function resolveOptions(options: BpccClientOptions): ResolvedOptions {
  const { logger, ...rest } = options;
  const parsed = OptionsSchema.safeParse(rest);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new TypeError(`Invalid BPCC client options: ${problems.join("; ")}`);
  }
  return { ...parsed.data, logger };
}
