import { z } from "zod";

/** Where every upstream client sends its calls: an http(s) URL, without a trailing slash. */
export const BASE_URL_OPTION = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ""));

/** What every upstream client takes beside its URL and credentials: how long, how many at once, how often. */
export const TRANSPORT_LIMITS = {
  timeoutMs: z.number().int().positive().default(10_000),
  concurrency: z.number().int().positive().default(16),
  retries: z.number().int().min(0).max(10).default(2),
  maxBackoffMs: z.number().int().min(0).default(1_000),
};

/** Fails fast at start with the option's name; zod's messages never echo the (secret) value. */
export function parseClientOptions<S extends z.ZodType>(schema: S, options: unknown, client: string): z.output<S> {
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new TypeError(`Invalid ${client} client options: ${problems.join("; ")}`);
  }
  return parsed.data;
}
