import { AccessNumberListSchema, type AccessNumber } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getAccessNumbers({ signal }: { signal?: AbortSignal } = {}): Promise<AccessNumber[]> {
  const response = await apiClient.get("/access-numbers", { signal });
  return AccessNumberListSchema.parse(response.data).accessNumbers;
}

export function accessNumbersQueryOptions() {
  return queryOptions({
    queryKey: ["access-numbers"],
    queryFn: getAccessNumbers,
    // A user's DID moves when they are deleted: a minute old at most.
    staleTime: 60_000,
  });
}

export function useAccessNumbers() {
  return useQuery(accessNumbersQueryOptions());
}
