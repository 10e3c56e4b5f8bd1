import type { ImportAction, ImportPreview, ImportPreviewRow } from "@switchboard/contracts";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { columnLabel, formatImportValue } from "../utils/column-labels";
import { RowsTable } from "./rows-table";

const ACTIONS: ReadonlyArray<{ action: ImportAction; label: string; tone: BadgeTone }> = [
  { action: "create", label: "Create", tone: "success" },
  { action: "update", label: "Update", tone: "warning" },
  { action: "delete", label: "Delete", tone: "danger" },
  { action: "unchanged", label: "Unchanged", tone: "neutral" },
  { action: "error", label: "Error", tone: "danger" },
];
const actionOf = (action: ImportAction) => ACTIONS.find((entry) => entry.action === action) ?? ACTIONS[0];

const rowAnchor = (row: number) => `import-row-${row}`;
const errorsId = (row: number) => `import-row-${row}-errors`;

function Summary({ preview }: { preview: ImportPreview }) {
  return (
    <dl aria-label="Summary" className="flex flex-wrap gap-3">
      {ACTIONS.map(({ action, label, tone }) => (
        <div key={action} className="flex min-w-24 flex-col rounded-md border border-slate-200 bg-white px-3 py-2">
          <dt className="text-sm text-slate-700">
            <Badge tone={tone}>{label}</Badge>
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{preview.summary[action]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every error of the file in one list, each a link to its row, so nobody has to scroll a thousand rows for them. */
function ErrorSummary({ rows }: { rows: readonly ImportPreviewRow[] }) {
  const failing = rows.filter((row) => row.action === "error");
  if (failing.length === 0) return null;
  const count = failing.reduce((sum, row) => sum + (row.errors?.length ?? 0), 0);
  return (
    <section aria-labelledby="import-errors-heading" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <h2 id="import-errors-heading" className="font-semibold">
        {count === 1 ? "1 error" : `${count} errors`} in {failing.length === 1 ? "1 row" : `${failing.length} rows`}. Fix the file and preview it again.
      </h2>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
        {failing.flatMap((row) =>
          (row.errors ?? []).map((error, index) => (
            <li key={`${row.row}-${index}`}>
              <a href={`#${rowAnchor(row.row)}`} className="font-medium underline underline-offset-2">
                Row {row.row}, {columnLabel(error.field)}
              </a>
              : {error.message}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

function RowDetails({ row }: { row: ImportPreviewRow }) {
  if (row.errors && row.errors.length > 0) {
    return (
      <ul id={errorsId(row.row)} aria-label={`Errors in row ${row.row}`} className="flex flex-col gap-1 text-red-900">
        {row.errors.map((error, index) => (
          <li key={index}>
            <span className="font-medium">{columnLabel(error.field)}</span>: {error.message}
          </li>
        ))}
      </ul>
    );
  }
  const changes = Object.entries(row.changes ?? {});
  if (changes.length === 0) return <span className="text-slate-700">{row.action === "delete" ? "The user will be deleted." : "Nothing to change."}</span>;
  return (
    <ul aria-label={`Changes in row ${row.row}`} className="flex flex-col gap-1">
      {changes.map(([field, change]) => (
        <li key={field}>
          <span className="font-medium">{columnLabel(field)}</span>:{" "}
          <span className="break-all">{formatImportValue(change.from)}</span> → <span className="break-all font-medium">{formatImportValue(change.to)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The dry run's answer: the counts, every error linked to its row, and each row with its action and its changes (from → to) or errors. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  return (
    <section aria-labelledby="import-preview-heading" className="flex flex-col gap-4">
      <h2 id="import-preview-heading" className="text-lg font-semibold text-slate-900">
        Preview: nothing has been changed yet
      </h2>
      <Summary preview={preview} />
      <ErrorSummary rows={preview.rows} />
      <RowsTable caption="Rows of the file" columns={["Row", "Login", "Action", "Changes or errors"]}>
            {preview.rows.map((row) => {
              const { label, tone } = actionOf(row.action) ?? { label: row.action, tone: "neutral" as const };
              const hasErrors = (row.errors?.length ?? 0) > 0;
              return (
                <tr key={row.row} id={rowAnchor(row.row)} tabIndex={-1} className="scroll-mt-16 border-b border-slate-200 align-top target:bg-amber-50">
                  <th scope="row" className="py-2 pr-4 text-left font-medium tabular-nums" aria-describedby={hasErrors ? errorsId(row.row) : undefined}>
                    {row.row}
                  </th>
                  <td className="py-2 pr-4 break-all">{row.loginId || "—"}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={tone}>{label}</Badge>
                  </td>
                  <td className="py-2">
                    <RowDetails row={row} />
                  </td>
                </tr>
              );
            })}
      </RowsTable>
    </section>
  );
}
