import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./errors";

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * One more try at most, for what may pass on a second one: a dropped connection, a 5xx. Not a
 * 502/503/504 with the BFF's problem body: the BFF has retried the contact center within its deadline
 * already, and another try would only keep the person waiting as long again; nor the SPA's own
 * timeout, for the same reason; nor a 4xx or an unreadable answer.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || failureCount >= 1) return false;
  if (error.status === null) return !error.timedOut;
  if (GATEWAY_STATUSES.has(error.status) && error.problem) return false;
  return error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
