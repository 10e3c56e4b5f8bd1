import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { accountsQueryOptions } from "./get-accounts";

export async function removeAccount(username: string): Promise<void> {
  await apiClient.delete(`/accounts/${encodeURIComponent(username)}`);
}

export function useRemoveAccount() {
  const queryClient = useQueryClient();
  const { queryKey } = accountsQueryOptions();
  return useMutation({
    mutationFn: removeAccount,
    onSuccess: (_nothing, username) => {
      queryClient.setQueryData(queryKey, (accounts) => accounts?.filter((a) => a.username !== username));
      return queryClient.invalidateQueries({ queryKey });
    },
  });
}
