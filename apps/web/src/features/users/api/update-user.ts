import { UserSchema, type UpdateUserRequest, type User } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { userQueryOptions } from "./get-user";
import { userHistoryQueryOptions } from "./get-user-history";

/** Any of skills (the whole set), team, disabled, changePassword, with the values the editor saw. */
export async function updateUser(loginId: string, request: UpdateUserRequest): Promise<User> {
  const response = await apiClient.patch(`/users/${encodeURIComponent(loginId)}`, request);
  return UserSchema.parse(response.data);
}

export function useUpdateUser(loginId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateUserRequest) => updateUser(loginId, request),
    onSuccess: (user) => {
      // The answer is the user as saved: the page shows it at once, with no second request.
      queryClient.setQueryData(userQueryOptions(loginId).queryKey, user);
      return queryClient.invalidateQueries({ queryKey: userHistoryQueryOptions(loginId).queryKey });
    },
  });
}
