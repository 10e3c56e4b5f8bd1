import type { AuditOutcome } from "@switchboard/contracts";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { getErrorMessage } from "@/lib/errors";
import { useUserHistory } from "../api/get-user-history";
import { describeChanges, historyActionLabel } from "../utils/describe-changes";
import { formatMoment } from "../utils/format-moment";
import { Section } from "./details-list";

/** How an outcome other than success reads here; a refusal changed nothing, an interruption may have. */
const OUTCOME_BADGES: Record<Exclude<AuditOutcome, "succeeded">, { tone: BadgeTone; label: string }> = {
  refused: { tone: "neutral", label: "refused" },
  failed: { tone: "danger", label: "failed" },
  pending: { tone: "neutral", label: "pending" },
  interrupted: { tone: "warning", label: "interrupted – outcome unknown" },
};

/** What was done to this user through Switchboard, newest first (supervisor and up). */
export function RecentChanges({ loginId }: { loginId: string }) {
  const history = useUserHistory(loginId);
  const records = history.data?.pages.flatMap((page) => page.records) ?? [];

  return (
    <Section title="Recent changes">
      {history.isPending && (
        <p role="status" className="flex items-center gap-2 py-3 text-sm text-slate-700">
          <Spinner />
          Loading the history…
        </p>
      )}
      {history.isError && (
        <p role="alert" className="py-3 text-sm text-red-800">
          {`The history could not be loaded. ${getErrorMessage(history.error)}`}
        </p>
      )}
      {history.isSuccess && records.length === 0 && <p className="py-3 text-sm text-slate-700">No changes through Switchboard yet.</p>}
      {records.length > 0 && (
        <ol aria-label="Changes, newest first" className="divide-y divide-slate-200">
          {records.map((record) => {
            const lines = describeChanges(record.action, record.changes);
            return (
              <li key={record.id} className="flex flex-col gap-1 py-3 text-sm">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span>
                    <span className="font-medium text-slate-900">{historyActionLabel(record.action)}</span>{" "}
                    <span className="text-slate-700">by {record.actor}</span>
                  </span>{" "}
                  {record.outcome !== "succeeded" && <Badge tone={OUTCOME_BADGES[record.outcome].tone}>{OUTCOME_BADGES[record.outcome].label}</Badge>}
                </p>
                <p className="text-slate-700">
                  <time dateTime={record.at}>{formatMoment(record.at)}</time>
                </p>
                {lines.length > 0 && (
                  <ul className="text-slate-900">
                    {lines.map((line) => (
                      <li key={line} className="break-words">
                        {line}
                      </li>
                    ))}
                  </ul>
                )}
                {record.outcome !== "succeeded" && record.reason && <p className="text-slate-700">{record.reason}</p>}
              </li>
            );
          })}
        </ol>
      )}
      {history.hasNextPage && (
        <div className="pb-3">
          <Button variant="secondary" size="sm" isPending={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            Show older changes
          </Button>
        </div>
      )}
    </Section>
  );
}
