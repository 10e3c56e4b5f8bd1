import type { QueryClient } from "@tanstack/react-query";
import { accessNumbersQueryOptions } from "@/features/access-numbers/api/get-access-numbers";
import { directoryQueryOptions } from "@/features/directory/api/get-directory";

/** After a user is created or deleted: the lists that show users, and the DIDs assigned to them. */
export function invalidateUserLists(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: directoryQueryOptions().queryKey });
  void queryClient.invalidateQueries({ queryKey: accessNumbersQueryOptions().queryKey });
}
