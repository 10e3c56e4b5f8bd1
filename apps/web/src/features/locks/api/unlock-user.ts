import { LockStateSchema, type LockState } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { lockStateQueryOptions } from "./get-lock-state";

export async function unlockUser(loginId: string): Promise<LockState> {
  const response = await apiClient.delete(`/users/${encodeURIComponent(loginId)}/lock`);
  return LockStateSchema.parse(response.data);
}

export function useUnlockUser(loginId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unlockUser(loginId),
    // The BFF answers the state the platform reports after the unlock: that answer is the new
    // entry of the lock's query, with no second request to read it back.
    onSuccess: (state) => queryClient.setQueryData(lockStateQueryOptions(loginId).queryKey, state),
  });
}
