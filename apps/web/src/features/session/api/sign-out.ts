import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { isUnauthorized } from "@/lib/errors";

export async function signOut(): Promise<void> {
  try {
    await apiClient.delete("/session", { skipUnauthorizedRedirect: true });
  } catch (error) {
    // A session that already ran out is as signed out as it gets.
    if (!isUnauthorized(error)) throw error;
  }
}

/** Signs out, then forgets everything the previous account loaded (and its CSRF token). */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.clear();
    },
  });
}
