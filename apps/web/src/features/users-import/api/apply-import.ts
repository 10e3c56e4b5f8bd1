import { ImportPreviewSchema, type ImportPreview, type JobOf } from "@switchboard/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { jobQueryOptions, startJob } from "@/hooks/use-job";
import { ApiError } from "@/lib/errors";

/**
 * Applies a users CSV: the same file the preview read, sent again (the BFF previews it once more
 * and never trusts ours). Answers the `users.import` job it started; a file with errors is a 400
 * whose problem carries the preview (`previewOfRefusal`).
 */
export function applyImport(file: Blob): Promise<JobOf<"users.import">> {
  return startJob("users.import", "/users/import", file, { params: { mode: "apply" }, headers: { "Content-Type": "text/csv" } });
}

/** Starts applying a file; the job it answers is the first entry of that job's query. */
export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyImport,
    onSuccess: (job) => queryClient.setQueryData(jobQueryOptions(job.id).queryKey, job),
  });
}

/** The preview a refused apply answered with (the file has errors): shown in place of the one the page had. */
export function previewOfRefusal(error: unknown): ImportPreview | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const parsed = ImportPreviewSchema.safeParse(error.problem?.["preview"]);
  return parsed.success ? parsed.data : undefined;
}
