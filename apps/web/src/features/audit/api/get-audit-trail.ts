import { AuditPageSchema, type AuditPage } from "@switchboard/contracts";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { AuditFilters } from "@/config/paths";
import { apiClient } from "@/lib/api-client";

const PAGE_SIZE = 50;

/** One page of the trail, newest first; `cursor` (a previous page's nextCursor) continues with older records. */
export async function getAuditPage(
  filters: AuditFilters,
  cursor: string | undefined,
  { signal }: { signal?: AbortSignal } = {},
): Promise<AuditPage> {
  const response = await apiClient.get("/audit", { params: { ...filters, cursor, limit: PAGE_SIZE }, signal });
  return AuditPageSchema.parse(response.data);
}

export function auditTrailQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam, signal }) => getAuditPage(filters, pageParam, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The trail grows with every click in the console, so a view opened again always asks again;
    // the second's grace only keeps the page from fetching again what its loader just prefetched.
    staleTime: 1_000,
  });
}

export function useAuditTrail(filters: AuditFilters) {
  return useInfiniteQuery(auditTrailQueryOptions(filters));
}
