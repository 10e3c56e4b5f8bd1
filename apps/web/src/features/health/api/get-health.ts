import { HealthSchema, type Health } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getHealth({ signal }: { signal?: AbortSignal } = {}): Promise<Health> {
  const response = await apiClient.get("/health", { signal });
  return HealthSchema.parse(response.data);
}

export function healthQueryOptions() {
  return queryOptions({
    queryKey: ["health"],
    queryFn: getHealth,
    // Demo mode is decided when the BFF starts; it does not change while the page is open.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHealth() {
  return useQuery(healthQueryOptions());
}
