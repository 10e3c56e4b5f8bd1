import type { BulkEditOutcome } from "@switchboard/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { JobProgress } from "@/components/ui/job-progress";
import { LoadError } from "@/components/ui/load-error";
import { StatusLine } from "@/components/ui/status-line";
import { useJob } from "@/hooks/use-job";

function countOf(outcomes: readonly BulkEditOutcome[], outcome: BulkEditOutcome["outcome"]): number {
  return outcomes.filter((each) => each.outcome === outcome).length;
}

/**
 * A bulk edit's job, from the address: its progress while it runs, then how each user came out
 * (updated, unchanged, failed and why). "Done" leaves it.
 */
export function BulkEditJob({ jobId, nameOf, onDone }: { jobId: string; nameOf: (loginId: string) => string; onDone: () => void }) {
  const job = useJob(jobId);
  const bulk = job.data?.kind === "users.bulk" ? job.data : undefined;
  const queryClient = useQueryClient();
  const ended = bulk !== undefined && bulk.state !== "running";
  useEffect(() => {
    // The users it changed are read again when next shown, not from before the change.
    if (ended) void queryClient.invalidateQueries({ queryKey: ["users"] });
  }, [ended, queryClient]);

  return (
    <section aria-label="Bulk edit" className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4">
      {job.isPending && <StatusLine isPending>Loading the bulk edit…</StatusLine>}
      {!job.data && job.isError && (
        <LoadError title="The bulk edit could not be loaded" error={job.error} isRetrying={job.isFetching} onRetry={() => void job.refetch()} />
      )}
      {bulk && bulk.state !== "succeeded" && <JobProgress job={bulk} label="Changing users" />}
      {bulk?.state === "succeeded" && bulk.result && (
        <>
          <p role="status" className="font-medium text-slate-900">
            {`Bulk edit done: ${countOf(bulk.result.outcomes, "updated")} updated, ${countOf(bulk.result.outcomes, "unchanged")} unchanged, ${countOf(bulk.result.outcomes, "failed")} failed.`}
          </p>
          {countOf(bulk.result.outcomes, "failed") > 0 && (
            <Alert title="Not changed">
              <ul className="list-disc pl-5">
                {bulk.result.outcomes
                  .filter((outcome) => outcome.outcome === "failed")
                  .map(({ loginId, problem }) => (
                    <li key={loginId}>{`${nameOf(loginId)}: ${problem ?? "failed"}`}</li>
                  ))}
              </ul>
            </Alert>
          )}
        </>
      )}
      {(!bulk || bulk.state !== "running") && (
        <div>
          <Button variant="secondary" size="sm" onClick={onDone}>
            Done
          </Button>
        </div>
      )}
    </section>
  );
}
