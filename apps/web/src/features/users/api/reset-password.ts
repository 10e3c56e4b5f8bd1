import { ResetPasswordResponseSchema, type ResetPasswordRequest, type ResetPasswordResponse } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { userQueryOptions } from "./get-user";
import { userHistoryQueryOptions } from "./get-user-history";

/** A typed temporary password, or none to have the BFF generate one (returned this once). */
export async function resetPassword(loginId: string, password: string | undefined): Promise<ResetPasswordResponse> {
  const body: ResetPasswordRequest = password === undefined ? {} : { password };
  const response = await apiClient.post(`/users/${encodeURIComponent(loginId)}/password`, body);
  return ResetPasswordResponseSchema.parse(response.data);
}

export function useResetPassword(loginId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string | undefined) => resetPassword(loginId, password),
    // The answer holds the password: dropped from the mutation cache as soon as the dialog is gone.
    gcTime: 0,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userQueryOptions(loginId).queryKey }),
        queryClient.invalidateQueries({ queryKey: userHistoryQueryOptions(loginId).queryKey }),
      ]),
  });
}
