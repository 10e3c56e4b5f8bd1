import { AccountListSchema, type Account } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

/** Every dashboard account, ordered by name. */
export async function getAccounts({ signal }: { signal?: AbortSignal } = {}): Promise<Account[]> {
  const response = await apiClient.get("/accounts", { signal });
  return AccountListSchema.parse(response.data).accounts;
}

export function accountsQueryOptions() {
  return queryOptions({
    queryKey: ["accounts"],
    queryFn: getAccounts,
    // Another admin may change accounts too: a page opened again asks again, but the loader's
    // prefetch is not fetched twice as the page mounts.
    staleTime: 10_000,
  });
}

export function useAccounts() {
  return useQuery(accountsQueryOptions());
}
