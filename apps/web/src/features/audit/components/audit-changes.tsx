import type { AuditChanges } from "@switchboard/contracts";

function show(value: unknown): string {
  if (value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** What a change did, field by field: before → after (secrets arrive already redacted). */
export function AuditChangesTable({ changes }: { changes: AuditChanges }) {
  const before = changes.before ?? {};
  const after = changes.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <p className="text-slate-700">No fields changed.</p>;
  return (
    <table className="border-collapse text-sm">
      <caption className="sr-only">Changes</caption>
      <thead>
        <tr className="text-left text-xs font-semibold tracking-wide text-slate-700 uppercase">
          <th scope="col" className="py-1 pr-6">
            Field
          </th>
          <th scope="col" className="py-1 pr-6">
            Before
          </th>
          <th scope="col" className="py-1">
            After
          </th>
        </tr>
      </thead>
      <tbody className="font-mono">
        {fields.map((field) => (
          <tr key={field} className="border-t border-slate-200">
            <th scope="row" className="py-1 pr-6 text-left font-medium">
              {field}
            </th>
            <td className="py-1 pr-6 break-all">{show(before[field])}</td>
            <td className="py-1 break-all">{show(after[field])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
