import type { Job } from "@switchboard/contracts";
import { Alert } from "@/components/ui/alert";

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * A job's progress: an accessible progress bar with "123 of 500", while it runs; what went wrong
 * when it failed or the server stopped it. A finished job's result is the page's to show.
 */
export function JobProgress({ job, label }: { job: Job; label: string }) {
  if (job.state === "failed" || job.state === "interrupted") {
    return (
      <Alert title={job.state === "failed" ? `${label} failed` : `${label} was interrupted`}>
        {job.problem ?? "The job did not finish."} {`It had done ${count(job.done)} of ${count(job.total)}.`}
      </Alert>
    );
  }
  const percent = job.total === 0 ? 100 : Math.round((job.done / job.total) * 100);
  const text = `${count(job.done)} of ${count(job.total)}`;
  return (
    <div className="flex flex-col gap-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.done}
        aria-valuetext={text}
        className="h-2 w-full max-w-md overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-700">{job.state === "running" ? `${label}: ${text}` : `${label} done: ${text}`}</p>
    </div>
  );
}
