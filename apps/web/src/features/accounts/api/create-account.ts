import { AccountSchema, type Account, type CreateAccountRequest } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { accountsQueryOptions } from "./get-accounts";

export async function createAccount(input: CreateAccountRequest): Promise<Account> {
  const response = await apiClient.post("/accounts", input, { headers: { "Content-Type": "application/json" } });
  return AccountSchema.parse(response.data);
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryOptions().queryKey }),
  });
}
