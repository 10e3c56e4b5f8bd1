import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { JobProgress } from "@/components/ui/job-progress";
import { LoadError } from "@/components/ui/load-error";
import { StatusLine } from "@/components/ui/status-line";
import { useJob } from "@/hooks/use-job";
import { getErrorMessage } from "@/lib/errors";
import { useStartLockScan } from "../api/start-lock-scan";
import { LockedUsersTable, type LockedUsersTableProps } from "./locked-users-table";

export type LockedRightNowProps = Omit<LockedUsersTableProps, "result"> & {
  /** The scan shown: the page keeps its id in the address, so a person can leave and come back. */
  jobId: string | undefined;
  onScanStarted: (jobId: string) => void;
};

/**
 * "Locked right now": a scan of every user's lock state, its progress while it runs, then who is
 * locked out, to unlock one by one or as a selection.
 */
export function LockedRightNow({ jobId, onScanStarted, ...table }: LockedRightNowProps) {
  const start = useStartLockScan();
  const job = useJob(jobId);
  const scan = job.data?.kind === "locks.scan" ? job.data : undefined;
  const running = scan?.state === "running";

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          isPending={start.isPending || running}
          onClick={() => start.mutate(undefined, { onSuccess: (started) => onScanStarted(started.id) })}
        >
          {running ? "Scanning…" : "Scan now"}
        </Button>
        {!jobId && <p className="text-sm text-slate-700">Reads every user’s lock state; on a large contact center this takes a while.</p>}
      </div>
      {start.isError && <Alert title="The scan could not start">{getErrorMessage(start.error)}</Alert>}
      {jobId && job.isPending && <StatusLine isPending>Loading the scan…</StatusLine>}
      {jobId && !job.data && job.isError && (
        <LoadError title="The scan could not be loaded" error={job.error} isRetrying={job.isFetching} onRetry={() => void job.refetch()} />
      )}
      {scan && scan.state !== "succeeded" && <JobProgress job={scan} label="Scanning users" />}
      {scan?.state === "succeeded" && scan.result && <LockedUsersTable key={scan.id} result={scan.result} {...table} />}
    </div>
  );
}
