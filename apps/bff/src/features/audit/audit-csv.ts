import { stringify, type Stringifier } from "csv-stringify";
import type { AuditRecord } from "@switchboard/contracts";

const CSV_COLUMNS: { key: keyof AuditRecord; header: string }[] = [
  { key: "id", header: "id" },
  { key: "at", header: "time (UTC)" },
  { key: "actor", header: "actor" },
  { key: "role", header: "role" },
  { key: "clientIp", header: "client address" },
  { key: "action", header: "action" },
  { key: "target", header: "target" },
  { key: "outcome", header: "outcome" },
  { key: "reason", header: "reason" },
  { key: "status", header: "HTTP status" },
  { key: "requestId", header: "request id" },
  { key: "changes", header: "changes" },
];

// csv-stringify's `escape_formulas` looks at the first character only; some spreadsheets trim leading
// whitespace (any Unicode space, U+3000 included) before deciding that a cell is a formula.
const FORMULA_AFTER_WHITESPACE = /^\s+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** A cell that could start a formula once its leading whitespace is trimmed gets a leading `'`, as the library does for the rest. */
function escapeFormulaAfterWhitespace(value: string): string {
  return FORMULA_AFTER_WHITESPACE.test(value) ? `'${value}` : value;
}

/**
 * Audit records in, CSV text out, with a header row. A cell starting with = + - @ tab CR or the
 * full-width ＝ ＋ － ＠ (a name anyone can choose), also after leading whitespace, gets a leading `'`
 * so that no spreadsheet runs it (OWASP CSV injection).
 */
export function createAuditCsv(): Stringifier {
  return stringify({
    header: true,
    columns: CSV_COLUMNS,
    escape_formulas: true,
    cast: { string: escapeFormulaAfterWhitespace, object: (value) => JSON.stringify(value) },
  });
}
