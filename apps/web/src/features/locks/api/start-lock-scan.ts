import type { JobOf } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { jobQueryOptions, startJob } from "@/hooks/use-job";

export function startLockScan(): Promise<JobOf<"locks.scan">> {
  return startJob("locks.scan", "/locks/scan");
}

/** Starts a scan; the job it answers is the first entry of that job's query (no second request). */
export function useStartLockScan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startLockScan,
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
