import type { RowResult } from "./row.ts";

const COLUMNS = ["#", "what", "figure", "baseline", "ratio", "target", "result"] as const;

function cells(row: RowResult): string[] {
  return [String(row.id), row.what, row.figure, row.baseline, row.ratio, row.target, row.result];
}

/** A Markdown table (readable in a terminal and pasteable into the README), notes listed under it. */
export function formatTable(rows: readonly RowResult[]): string {
  const body = rows.map(cells);
  const widths = COLUMNS.map((name, i) => Math.max(name.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (values: readonly string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const out = [line(COLUMNS), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)];
  out.push("", "Notes:");
  for (const row of rows) out.push(`${row.id}. ${row.result} — ${row.note}`);
  return out.join("\n");
}
