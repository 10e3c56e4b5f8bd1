import type { ImportApplyOutcome, ImportApplyResult } from "@switchboard/contracts";
import { useEffect } from "react";
import { Link } from "react-router";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { JobProgress } from "@/components/ui/job-progress";
import { LoadError } from "@/components/ui/load-error";
import { StatusLine } from "@/components/ui/status-line";
import { paths } from "@/config/paths";
import { useJob } from "@/hooks/use-job";
import { RowsTable } from "./rows-table";

const OUTCOMES: ReadonlyArray<{ outcome: ImportApplyOutcome; label: string; tone: BadgeTone }> = [
  { outcome: "created", label: "Created", tone: "success" },
  { outcome: "updated", label: "Updated", tone: "warning" },
  { outcome: "deleted", label: "Deleted", tone: "danger" },
  { outcome: "unchanged", label: "Unchanged", tone: "neutral" },
  { outcome: "failed", label: "Failed", tone: "danger" },
];

const countOf = (result: ImportApplyResult, outcome: ImportApplyOutcome) => result.rows.filter((row) => row.outcome === outcome).length;

function Outcomes({ result, canResetPassword }: { result: ImportApplyResult; canResetPassword: boolean }) {
  const failed = result.rows.filter((row) => row.outcome === "failed");
  return (
    <>
      <p role="status" className="font-medium text-slate-900">
        {`Import applied: ${OUTCOMES.map(({ outcome }) => `${countOf(result, outcome)} ${outcome}`).join(", ")}.`}
      </p>
      {failed.length > 0 && (
        <Alert title={failed.length === 1 ? "1 row was not applied" : `${failed.length} rows were not applied`}>
          <ul className="list-disc pl-5">
            {failed.map((row) => (
              <li key={row.row}>{`Row ${row.row}, ${row.loginId}: ${row.problem ?? "failed"}`}</li>
            ))}
          </ul>
        </Alert>
      )}
      {result.needPassword.length > 0 && (
        <section aria-labelledby="import-passwords-heading" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <h3 id="import-passwords-heading" className="font-semibold">
            {result.needPassword.length === 1 ? "1 new user has no password yet" : `${result.needPassword.length} new users have no password yet`}
          </h3>
          <p className="mt-1">
            {canResetPassword
              ? "Nobody was shown the password they were created with. Before their first sign-in, give each one a temporary password with Reset password on their page; they must change it when they sign in."
              : "Nobody was shown the password they were created with, and this contact center does not let Switchboard set passwords: set each one’s password in the platform’s own administration before their first sign-in."}
          </p>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
            {result.needPassword.map((loginId) => (
              <li key={loginId}>
                <Link to={paths.user.getHref(loginId)} className="font-medium underline underline-offset-2">
                  {loginId}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RowsTable caption="What applying did with each row" columns={["Row", "Login", "Outcome", "Problem"]}>
            {result.rows.map((row) => {
              const { label, tone } = OUTCOMES.find((entry) => entry.outcome === row.outcome) ?? { label: row.outcome, tone: "neutral" as const };
              return (
                <tr key={row.row} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-medium tabular-nums">
                    {row.row}
                  </th>
                  <td className="py-2 pr-4 break-all">{row.loginId}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={tone}>{label}</Badge>
                  </td>
                  <td className="py-2">{row.problem ?? ""}</td>
                </tr>
              );
            })}
      </RowsTable>
    </>
  );
}

/**
 * An import's job, from the address (`?job=`): its progress while it runs, then each row's outcome,
 * the failures' problems, and the new users who need a password. After a partial failure "Apply
 * again" sends the same file: the rows already done come out unchanged.
 */
export function ImportApplyJob({
  jobId,
  canApplyAgain,
  isApplyingAgain,
  onApplyAgain,
  onEnded,
  canResetPassword,
}: {
  jobId: string;
  /** The platform lets Switchboard set a temporary password (not Genesys): how the new users get one. */
  canResetPassword: boolean;
  /** The file is still chosen (it is not after coming back to the page by its address). */
  canApplyAgain: boolean;
  isApplyingAgain: boolean;
  onApplyAgain: () => void;
  onEnded: () => void;
}) {
  const job = useJob(jobId);
  const applied = job.data?.kind === "users.import" ? job.data : undefined;
  const result = applied?.state === "succeeded" ? applied.result : undefined;
  const unfinished = applied !== undefined && (applied.state === "failed" || applied.state === "interrupted");
  const worthAgain = unfinished || (result !== undefined && countOf(result, "failed") > 0);
  const ended = applied !== undefined && applied.state !== "running";
  useEffect(() => {
    // The users it changed are read again when next shown, not from before the import.
    if (ended) onEnded();
  }, [ended, onEnded]);

  return (
    <section aria-labelledby="import-apply-heading" className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-4">
      <h2 id="import-apply-heading" className="text-lg font-semibold text-slate-900">
        Applying the file
      </h2>
      {job.isPending && <StatusLine isPending>Loading the import…</StatusLine>}
      {!job.data && job.isError && <LoadError title="The import could not be loaded" error={job.error} isRetrying={job.isFetching} onRetry={() => void job.refetch()} />}
      {applied && applied.state !== "succeeded" && <JobProgress job={applied} label="Applying rows" />}
      {result && <Outcomes result={result} canResetPassword={canResetPassword} />}
      {worthAgain && (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={onApplyAgain} disabled={!canApplyAgain} isPending={isApplyingAgain}>
            Apply again
          </Button>
          <p className="text-sm text-slate-700">
            {canApplyAgain ? "Sends the same file again: rows already applied are left as they are, only the rest are tried." : "Choose the same file above to apply it again."}
          </p>
        </div>
      )}
    </section>
  );
}
