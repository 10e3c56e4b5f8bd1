import { SessionSchema, type Session, type SignInRequest } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { sessionQueryOptions } from "./get-session";

export async function signIn(credentials: SignInRequest): Promise<Session> {
  const response = await apiClient.post("/session", credentials, {
    headers: { "Content-Type": "application/json" },
    skipUnauthorizedRedirect: true,
  });
  return SessionSchema.parse(response.data);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
    },
  });
}
