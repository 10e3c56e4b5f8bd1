/**
 * OWASP CSV injection, both ways. A cell a spreadsheet could run as a formula — one starting with
 * = + - @ tab or CR, or the full-width ＝ ＋ － ＠, also after leading whitespace (some spreadsheets trim
 * any Unicode space before deciding) — is written with a leading `'`. A cell that already starts with
 * `'` before such a start gets one more, so that reading strips exactly one and every value survives
 * an export → import round trip unchanged (docs/decisions/020).
 */
const FORMULA_START = /^'*(?:[\t\r=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|\s+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** The cell as written to a CSV file: `'` before anything a spreadsheet could take for a formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value a neutralized cell stood for: its one added `'` taken off; any other cell as it is. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
