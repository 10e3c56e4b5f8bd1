import type { BulkEditRequest, JobOf } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { jobQueryOptions, startJob } from "@/hooks/use-job";

export function startBulkEdit(request: BulkEditRequest): Promise<JobOf<"users.bulk">> {
  return startJob("users.bulk", "/users/bulk", request);
}

/** Starts a bulk edit; the job it answers is the first entry of that job's query. */
export function useStartBulkEdit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startBulkEdit,
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
