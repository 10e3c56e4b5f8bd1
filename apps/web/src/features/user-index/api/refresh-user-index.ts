import { UserIndexStatusSchema, type UserIndexStatus } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { userIndexStatusQueryOptions } from "./get-user-index-status";

export async function refreshUserIndex(): Promise<UserIndexStatus> {
  const response = await apiClient.post("/users/index/refresh");
  return UserIndexStatusSchema.parse(response.data);
}

/** Starts reading the whole tenant again; the status it answers (`filling`) starts the progress polling. */
export function useRefreshUserIndex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["user-index", "refresh"],
    mutationFn: refreshUserIndex,
    onSuccess: (status) => queryClient.setQueryData(userIndexStatusQueryOptions().queryKey, status),
  });
}
