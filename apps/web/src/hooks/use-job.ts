import { JobSchema, type Job, type JobKind, type JobOf } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { AxiosRequestConfig } from "axios";
import { apiClient } from "@/lib/api-client";

// Jobs belong to no one feature (a lock scan, a bulk edit, an import are each a feature's): the one
// hook every feature's page polls its job with lives here, with the shared hooks.

/** How often a running job is asked for again: often enough for a progress bar to move. */
export const JOB_POLL_MS = 1_000;

export async function getJob(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Job> {
  const response = await apiClient.get(`/jobs/${encodeURIComponent(id)}`, { signal });
  return JobSchema.parse(response.data);
}

export function jobQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["jobs", id],
    queryFn: ({ signal }) => getJob(id, { signal }),
    // Polled while running; once ended a job never changes again.
    refetchInterval: (query) => (query.state.data?.state === "running" ? JOB_POLL_MS : false),
    staleTime: (query) => (query.state.data?.state === "running" ? 0 : Infinity),
  });
}

/**
 * A job by its id (the page keeps it in the address, so a person can leave and come back): asked
 * for every second while it runs, then kept.
 */
export function useJob(id: string | undefined) {
  return useQuery({ ...jobQueryOptions(id ?? ""), enabled: Boolean(id) });
}

/**
 * What a POST that starts a job of `kind` answers (202 and the job); its `Location` is the same id.
 * `config` for a body that is not JSON (an import's CSV file) and its query.
 */
export async function startJob<K extends JobKind>(kind: K, path: string, body?: unknown, config?: AxiosRequestConfig): Promise<JobOf<K>> {
  const response = await apiClient.post(path, body, config);
  const job = JobSchema.parse(response.data);
  if (!isJobOf(job, kind)) throw new Error(`expected a ${kind} job, got a ${job.kind} job`);
  return job;
}

function isJobOf<K extends JobKind>(job: Job, kind: K): job is JobOf<K> {
  return job.kind === kind;
}
