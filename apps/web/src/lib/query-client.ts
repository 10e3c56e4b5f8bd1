import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./errors";

/** A dropped connection or a 5xx may pass on a second try; a 4xx or an unreadable answer will not. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const transient = error instanceof ApiError && (error.status === null || error.status >= 500);
  return transient && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
