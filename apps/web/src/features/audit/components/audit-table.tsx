import type { AuditOutcome, AuditRecord } from "@switchboard/contracts";
import { Fragment, useState } from "react";
import { Link } from "react-router";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { columnHeaderClass, MobileLabel, stackedTable, wholeLine } from "@/components/ui/table-cells";
import { paths } from "@/config/paths";
import { formatDateTime, formatUtc } from "@/lib/format-date";
import { actionLabel } from "../utils/action-labels";
import { AuditChangesTable } from "./audit-changes";

const OUTCOMES: Record<AuditOutcome, { tone: BadgeTone; label: string }> = {
  succeeded: { tone: "success", label: "succeeded" },
  refused: { tone: "warning", label: "refused" },
  failed: { tone: "danger", label: "failed" },
  pending: { tone: "neutral", label: "pending" },
  // The server stopped before it knew: neither success nor failure, the reason says to check the platform.
  interrupted: { tone: "warning", label: "interrupted – outcome unknown" },
};

const COLUMNS = ["Time", "Actor", "Action", "Target", "Outcome", "Reason", "Details"] as const;
// Seven columns fit from lg; below, each record is a card, its Details button on screen.
const { table, head, body, row, cell } = stackedTable.lg;
const cellClass = `${cell} lg:align-top`;

function Missing({ what }: { what: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-slate-500">
        —
      </span>
      <span className="sr-only">{`No ${what}`}</span>
    </>
  );
}

/** A contact-center user the record is about opens their page (which says so when they are gone). */
function Target({ record }: { record: AuditRecord }) {
  if (record.target === null) return <Missing what="target" />;
  if (!record.action.startsWith("user.")) return record.target;
  return (
    <Link
      to={paths.user.getHref(record.target)}
      className="rounded-sm font-medium text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
    >
      {record.target}
    </Link>
  );
}

/** The records, newest first; each opens to its UTC time, address, request id and before → after. */
export function AuditTable({ records }: { records: readonly AuditRecord[] }) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="relative rounded-md border border-slate-200 bg-white">
      <table className={table}>
        <caption className="sr-only">Audit records, newest first</caption>
        <thead className={head}>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={columnHeaderClass}>
                {column === "Time" ? "Time (local)" : column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={body}>
          {records.map((record) => {
            const open = expanded.has(record.id);
            const detailsId = `audit-record-${record.id}`;
            return (
              <Fragment key={record.id}>
                <tr className={row}>
                  <td className={`${cellClass} ${wholeLine} font-medium whitespace-nowrap tabular-nums lg:font-normal`}>
                    <time dateTime={record.at} title={formatUtc(record.at)}>
                      {formatDateTime(record.at)}
                    </time>
                  </td>
                  <td className={cellClass}>
                    <MobileLabel from="lg">Actor</MobileLabel>
                    <span className="font-medium break-all text-slate-900">{record.actor}</span>
                    <span className="block text-xs text-slate-600">
                      {record.role ?? <Missing what="role" />}
                    </span>
                  </td>
                  <td className={cellClass}>
                    <MobileLabel from="lg">Action</MobileLabel>
                    {actionLabel(record.action)}
                    <code className="block font-mono text-xs text-slate-600">{record.action}</code>
                  </td>
                  <td className={`${cellClass} break-all`}>
                    <MobileLabel from="lg">Target</MobileLabel>
                    <Target record={record} />
                  </td>
                  <td className={`${cellClass} whitespace-nowrap`}>
                    <MobileLabel from="lg">Outcome</MobileLabel>
                    <Badge tone={OUTCOMES[record.outcome].tone}>{OUTCOMES[record.outcome].label}</Badge>
                    {record.status !== null && (
                      <span className="ml-2 text-xs text-slate-600 tabular-nums">
                        <span className="sr-only">HTTP status </span>
                        {record.status}
                      </span>
                    )}
                  </td>
                  <td className={`${cellClass} ${wholeLine} lg:max-w-72`}>
                    <MobileLabel from="lg">Reason</MobileLabel>
                    {record.reason ?? <Missing what="reason" />}
                  </td>
                  <td className={`${cellClass} ${wholeLine}`}>
                    <button
                      type="button"
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      onClick={() => toggle(record.id)}
                      className="inline-flex min-h-8 items-center gap-1 rounded-md px-2 font-medium whitespace-nowrap text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                    >
                      <span aria-hidden="true">{open ? "▾" : "▸"}</span>
                      {record.changes ? "Changes" : "Details"}{" "}
                      <span className="sr-only">{`of record ${record.id}`}</span>
                    </button>
                  </td>
                </tr>
                {open && (
                  <tr id={detailsId} className="block border-b border-slate-200 bg-slate-50 lg:table-row">
                    <td colSpan={COLUMNS.length} className="block px-3 py-3 lg:table-cell">
                      <RecordDetails record={record} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RecordDetails({ record }: { record: AuditRecord }) {
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-slate-700">Time (UTC)</dt>
        <dd className="font-mono">{formatUtc(record.at)}</dd>
        <dt className="font-medium text-slate-700">Client address</dt>
        <dd className="font-mono break-all">{record.clientIp}</dd>
        <dt className="font-medium text-slate-700">Request id</dt>
        <dd className="font-mono break-all">{record.requestId}</dd>
      </dl>
      {record.changes && <AuditChangesTable changes={record.changes} />}
    </div>
  );
}
