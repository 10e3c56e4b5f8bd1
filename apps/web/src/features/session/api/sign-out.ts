import { SignedOutSchema } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { isUnauthorized } from "@/lib/errors";

/**
 * Signs out; answers where the browser goes next to sign out at the identity provider too (a
 * session single sign-on started, when the provider offers it), or undefined.
 */
export async function signOut(): Promise<string | undefined> {
  try {
    const response = await apiClient.delete("/session", { skipUnauthorizedRedirect: true });
    return response.status === 200 ? SignedOutSchema.parse(response.data).endSessionUrl : undefined;
  } catch (error) {
    // A session that already ran out is as signed out as it gets.
    if (!isUnauthorized(error)) throw error;
    return undefined;
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
