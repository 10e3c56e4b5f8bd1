import type { DirectoryEntry, UsersExportResult } from "@switchboard/contracts";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { JobProgress } from "@/components/ui/job-progress";
import { LoadError } from "@/components/ui/load-error";
import { StatusLine } from "@/components/ui/status-line";
import { usePermissions } from "@/features/session/hooks/use-permissions";
import { useJob } from "@/hooks/use-job";
import { useReplaceSearchParams } from "@/hooks/use-replace-search-params";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format-date";
import { directoryIndexOf, searchDirectory } from "@/lib/search-directory";
import { useDownloadUsersExport } from "../api/download-users-export";
import { useStartUsersExport } from "../api/start-users-export";

const count = (n: number) => n.toLocaleString("en-US");
/** The users who could not be read that the page names; a platform outage can make it thousands. */
const SHOWN_UNREADABLE = 20;
const usersWord = (n: number) => (n === 1 ? "user" : "users");

/** "Export all 500 users", or with a search "Export 42 users": what the click will export. */
function exportLabel(matches: number | undefined, filtered: boolean): string {
  if (matches === undefined) return "Export CSV";
  return filtered ? `Export ${count(matches)} ${usersWord(matches)} as CSV` : `Export all ${count(matches)} ${usersWord(matches)} as CSV`;
}

/**
 * "Export CSV" on the Users page (supervisor and up): exports the users the list shows now (all, or
 * those its search matches) as a job kept in the address (`?export=`), so a person can leave and come
 * back; then the file's download and the users who could not be read.
 */
export function ExportUsersButton({ query, users, narrowed = false }: { query: string; users: readonly DirectoryEntry[] | undefined; narrowed?: boolean }) {
  const { can, supports } = usePermissions();
  const [searchParams] = useSearchParams();
  const replaceSearchParams = useReplaceSearchParams();
  const start = useStartUsersExport();
  const search = query.trim();
  // The list's own index (the same array the table indexes): built once per list, not per keystroke.
  const shown = useMemo(() => (users ? searchDirectory(directoryIndexOf(users), search) : undefined), [users, search]);
  const matches = shown?.length;
  const jobId = searchParams.get("export") ?? undefined;
  const filtered = narrowed || search !== "";
  if (!can("exportUsers") || !supports("getUser")) return null;

  const setJobId = (id: string | undefined) => replaceSearchParams({ export: id, q: query });
  const onExport = () => {
    if (start.isPending || matches === 0) return;
    // Narrowed by the user index's filters (team, skill, level band): the logins the list shows, as
    // the server cannot see the band; else the search box's text, which the server applies alike.
    const request = narrowed && shown ? { loginIds: shown.map((entry) => entry.loginId) } : search ? { filter: { q: search } } : {};
    start.mutate(request, { onSuccess: (job) => setJobId(job.id) });
  };

  return (
    <div className="flex max-w-md flex-col items-end gap-2 sm:ml-auto">
      <Button variant="secondary" onClick={onExport} isPending={start.isPending} aria-disabled={matches === 0 || undefined}>
        {exportLabel(matches, filtered)}
      </Button>
      {start.isError && <Alert title="The export did not start">{getErrorMessage(start.error)}</Alert>}
      {jobId && <ExportJob key={jobId} jobId={jobId} onDone={() => setJobId(undefined)} />}
    </div>
  );
}

/** An export's job: its progress, then the download and the users it could not read. */
function ExportJob({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const job = useJob(jobId);
  const exported = job.data?.kind === "users.export" ? job.data : undefined;
  return (
    <section aria-label="Export" className="flex w-full flex-col gap-3 rounded-md border border-slate-200 bg-white p-4">
      {job.isPending && <StatusLine isPending>Loading the export…</StatusLine>}
      {!job.data && job.isError && (
        <LoadError title="The export could not be loaded" error={job.error} isRetrying={job.isFetching} onRetry={() => void job.refetch()} />
      )}
      {exported && exported.state !== "succeeded" && <JobProgress job={exported} label="Reading users" />}
      {exported?.state === "succeeded" && exported.result && <ExportResult jobId={jobId} result={exported.result} />}
      {(!exported || exported.state !== "running") && (
        <div>
          <Button variant="ghost" size="sm" onClick={onDone}>
            Close
          </Button>
        </div>
      )}
    </section>
  );
}

function ExportResult({ jobId, result }: { jobId: string; result: UsersExportResult }) {
  const download = useDownloadUsersExport();
  const unreadable = result.unreadable;
  const shown = unreadable.slice(0, SHOWN_UNREADABLE);
  const more = unreadable.length - shown.length;
  const names = `${shown.map((user) => user.loginId).join(", ")}${more > 0 ? ` and ${count(more)} more` : ""}`;
  const summary =
    unreadable.length === 0
      ? `Exported ${count(result.rows)} ${usersWord(result.rows)}.`
      : `Exported ${count(result.rows)} of ${count(result.requested)} users; ${count(unreadable.length)} could not be read: ${names}.`;
  return (
    <>
      <p role="status" className="text-sm font-medium text-slate-900">
        {summary}
      </p>
      {unreadable.length > 0 && (
        <Alert title={`Not in the file: ${count(unreadable.length)} ${usersWord(unreadable.length)}`}>
          <ul className="list-disc pl-5">
            {shown.map(({ loginId, problem }) => (
              <li key={loginId}>{`${loginId}: ${problem}`}</li>
            ))}
          </ul>
          {more > 0 && <p className="mt-2">{`And ${count(more)} more.`}</p>}
          <p className="mt-2">Export again later to include them.</p>
        </Alert>
      )}
      <div className="flex flex-col items-start gap-1">
        <Button onClick={() => download.mutate({ jobId, fileName: result.fileName })} isPending={download.isPending}>
          {`Download ${result.fileName}`}
        </Button>
        <p className="text-xs text-slate-600">{`Kept until ${formatDateTime(result.expiresAt)}.`}</p>
      </div>
      {download.isError && <Alert title="The file could not be downloaded">{getErrorMessage(download.error)}</Alert>}
    </>
  );
}
