import { DirectoryResponseSchema, type DirectoryEntry } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

export async function getDirectory({ signal }: { signal?: AbortSignal } = {}): Promise<DirectoryEntry[]> {
  const response = await apiClient.get("/directory", { signal });
  return DirectoryResponseSchema.parse(response.data).users;
}

export function directoryQueryOptions() {
  return queryOptions({
    queryKey: ["directory"],
    queryFn: getDirectory,
    // The BFF caches the upstream directory too; five minutes old is fresh enough for a phone list.
    staleTime: 5 * 60_000,
  });
}

export function useDirectory() {
  return useQuery(directoryQueryOptions());
}
