import { stringify, type Stringifier } from "csv-stringify";
import type { AuditRecord } from "@switchboard/contracts";
import { neutralizeCell } from "../../csv/csv-injection.ts";

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

/**
 * Audit records in, CSV text out, with a header row. A cell starting with = + - @ tab CR or the
 * full-width ＝ ＋ － ＠ (a name anyone can choose), also after leading whitespace, gets a leading `'`
 * so that no spreadsheet runs it (OWASP CSV injection, csv/csv-injection.ts, shared with the users CSV).
 */
export function createAuditCsv(): Stringifier {
  return stringify({
    header: true,
    columns: CSV_COLUMNS,
    cast: { string: neutralizeCell, object: (value) => JSON.stringify(value) },
  });
}
