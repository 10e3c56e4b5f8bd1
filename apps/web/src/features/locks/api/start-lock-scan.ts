import type { JobOf } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { jobQueryOptions, startJob } from "@/hooks/use-job";

export async function startLockScan(): Promise<JobOf<"locks.scan">> {
  const job = await startJob("/locks/scan");
  if (job.kind !== "locks.scan") throw new Error(`expected a lock scan, got a ${job.kind} job`);
  return job;
}

/** Starts a scan; the job it answers is the first entry of that job's query (no second request). */
export function useStartLockScan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startLockScan,
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}
