import { useMutation, useQueryClient } from "@tanstack/react-query";
import { lockStateQueryOptions } from "./get-lock-state";
import { unlockUser } from "./unlock-user";

export type UnlockOutcome = { loginId: string; error?: unknown };

/**
 * Unlocks a selection, one request per user through the same route as a single unlock (each one
 * audited on its own), a few at a time. Every outcome is kept: one failure does not stop the rest.
 */
export async function unlockUsers(loginIds: readonly string[], atOnce = 4): Promise<UnlockOutcome[]> {
  const outcomes: UnlockOutcome[] = [];
  for (let start = 0; start < loginIds.length; start += atOnce) {
    const batch = loginIds.slice(start, start + atOnce);
    const settled = await Promise.allSettled(batch.map((loginId) => unlockUser(loginId)));
    settled.forEach((result, index) => {
      const loginId = batch[index] ?? "";
      outcomes.push(result.status === "fulfilled" ? { loginId } : { loginId, error: result.reason });
    });
  }
  return outcomes;
}

export function useUnlockUsers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (loginIds: readonly string[]) => unlockUsers(loginIds),
    onSuccess: (outcomes) => {
      for (const { loginId, error } of outcomes) {
        if (!error) queryClient.setQueryData(lockStateQueryOptions(loginId).queryKey, { lockedOut: false });
      }
    },
  });
}
