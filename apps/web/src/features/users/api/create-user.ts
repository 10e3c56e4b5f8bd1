import { CreateUserResponseSchema, type CreateUserRequest, type CreateUserResponse } from "@switchboard/contracts";
import { useMutation } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";

/** Never retried (mutations are not): the BFF settles a lost answer by reading the user back. */
export async function createUser(request: CreateUserRequest): Promise<CreateUserResponse> {
  const response = await apiClient.post("/users", request);
  return CreateUserResponseSchema.parse(response.data);
}

export function useCreateUser() {
  return useMutation({
    mutationFn: createUser,
    // The answer may hold a generated password: gone from the cache as soon as nobody shows it.
    gcTime: 0,
  });
}
