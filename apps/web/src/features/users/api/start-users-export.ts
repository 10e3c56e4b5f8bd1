import type { JobOf, UsersExportRequest } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { jobQueryOptions, startJob } from "@/hooks/use-job";

export function startUsersExport(request: UsersExportRequest): Promise<JobOf<"users.export">> {
  return startJob("users.export", "/users/export", request);
}

/** Starts a users export; the job it answers is the first entry of that job's query. */
export function useStartUsersExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startUsersExport,
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
