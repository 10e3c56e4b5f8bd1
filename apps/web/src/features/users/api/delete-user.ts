import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { userQueryOptions } from "./get-user";

export async function deleteUser(loginId: string): Promise<void> {
  await apiClient.delete(`/users/${encodeURIComponent(loginId)}`);
}

export function useDeleteUser(loginId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteUser(loginId),
    // Not refetched: the page is left right after, and a refetch would only answer 404.
    onSuccess: () => queryClient.removeQueries({ queryKey: userQueryOptions(loginId).queryKey, exact: true }),
  });
}
