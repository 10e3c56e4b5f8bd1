import { AccountSchema, type Account, type UpdateAccountRequest } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { accountsQueryOptions } from "./get-accounts";

export type UpdateAccountInput = { username: string; change: UpdateAccountRequest };

/** Changes any of role, disabled, password; the answer is the account as it now is. */
export async function updateAccount({ username, change }: UpdateAccountInput): Promise<Account> {
  const response = await apiClient.patch(`/accounts/${encodeURIComponent(username)}`, change, {
    headers: { "Content-Type": "application/json" },
  });
  return AccountSchema.parse(response.data);
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  const { queryKey } = accountsQueryOptions();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: (account) => {
      // The row changes at once; the list is asked for again behind it.
      queryClient.setQueryData(queryKey, (accounts) =>
        accounts?.map((a) => (a.username === account.username ? account : a)),
      );
      return queryClient.invalidateQueries({ queryKey });
    },
  });
}
