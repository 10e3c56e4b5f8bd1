import type { AccessNumber } from "@switchboard/contracts";
import { memo } from "react";
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { columnHeaderClass } from "@/components/ui/table-cells";
import { paths } from "@/config/paths";
import { formatDid } from "@/lib/phone-number";
import { assignmentLabel, mediaLabel } from "../utils/access-number-labels";

const cellClass = "px-3 py-2 align-top";
/** Shown as a column from the md breakpoint; on a phone the cell beside repeats it. */
const wideOnly = "hidden md:table-cell";

function Missing({ what }: { what: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-slate-500">
        —
      </span>
      <span className="sr-only">{what}</span>
    </>
  );
}

function Extension({ extension }: { extension: string | null }) {
  return extension ? <span className="block text-xs text-slate-600 tabular-nums">{`ext. ${extension}`}</span> : null;
}

/** What the number reaches: a scenario, a person (a link to their page), a phone, or nothing yet. */
function AssignedTo({ accessNumber }: { accessNumber: AccessNumber }) {
  const { assignment, scenario, loginId, name, extension } = accessNumber;
  if (assignment === "user" && loginId) {
    return (
      <>
        <Link
          to={paths.user.getHref(loginId)}
          className="rounded-sm font-medium break-words text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
        >
          {name ?? loginId}
        </Link>
        <span className="block text-xs break-words text-slate-600">
          {loginId}
          {extension && <span className="tabular-nums">{` · ext. ${extension}`}</span>}
        </span>
      </>
    );
  }
  const label = assignment === "scenario" ? (scenario ?? name) : (name ?? scenario);
  if (!label) return <Missing what={assignment === "unassigned" ? "Not assigned" : "Not known"} />;
  return (
    <>
      <span className="break-words text-slate-900">{label}</span>
      <Extension extension={extension} />
    </>
  );
}

/**
 * Every number with its media, type and assignment. A phone shows two columns: the number with
 * its media, and the assignment with its type, so nothing needs scrolling sideways.
 * Memoized: the search box re-renders its parent on every key, not the table.
 */
export const AccessNumbersTable = memo(function AccessNumbersTable({
  accessNumbers,
}: {
  accessNumbers: readonly AccessNumber[];
}) {
  return (
    <div className="rounded-md border border-slate-200 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Access numbers</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className={columnHeaderClass}>
              Number
            </th>
            <th scope="col" className={`${columnHeaderClass} ${wideOnly}`}>
              Media
            </th>
            <th scope="col" className={`${columnHeaderClass} ${wideOnly}`}>
              Type
            </th>
            <th scope="col" className={columnHeaderClass}>
              Assigned to
            </th>
          </tr>
        </thead>
        <tbody>
          {accessNumbers.map((accessNumber) => (
            <tr key={accessNumber.number} className="border-b border-slate-200 last:border-b-0">
              <th scope="row" className={`${cellClass} text-left font-medium whitespace-nowrap text-slate-900 tabular-nums`}>
                {formatDid(accessNumber.number)}
                <span className="block text-xs font-normal text-slate-600 md:hidden">
                  {accessNumber.media ? mediaLabel(accessNumber.media) : null}
                </span>
              </th>
              <td className={`${cellClass} ${wideOnly}`}>
                {accessNumber.media ? mediaLabel(accessNumber.media) : <Missing what="No media" />}
              </td>
              <td className={`${cellClass} ${wideOnly}`}>
                <Badge>{assignmentLabel(accessNumber.assignment)}</Badge>
              </td>
              <td className={`${cellClass} min-w-0`}>
                <span className="mb-1 block md:hidden">
                  <Badge>{assignmentLabel(accessNumber.assignment)}</Badge>
                </span>
                <AssignedTo accessNumber={accessNumber} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
