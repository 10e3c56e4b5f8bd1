import type { ReactNode } from "react";

/** The table of a file's rows, as the preview and the apply's outcome show it: a caption for screen readers, the column headings, the rows. */
export function RowsTable({ caption, columns, children }: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase">
            {columns.map((column, index) => (
              <th key={column} scope="col" className={index < columns.length - 1 ? "py-2 pr-4" : "py-2"}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
