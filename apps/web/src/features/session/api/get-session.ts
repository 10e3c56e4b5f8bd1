import { SessionSchema, type Session } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { isUnauthorized } from "@/lib/errors";

/** Who is signed in, or null when no one is (the BFF answers 401). */
export async function getSession({ signal }: { signal?: AbortSignal } = {}): Promise<Session | null> {
  try {
    const response = await apiClient.get("/session", { signal, skipUnauthorizedRedirect: true });
    return SessionSchema.parse(response.data);
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: ["session"],
    queryFn: getSession,
    // Sign-in and sign-out write this entry themselves; an expired session shows up as a 401
    // from the next call, which sends the person to the sign-in page.
    staleTime: 5 * 60_000,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
