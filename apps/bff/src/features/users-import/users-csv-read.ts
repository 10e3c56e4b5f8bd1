import { CsvError, parse } from "csv-parse/sync";
import { MAX_IMPORT_ROWS, USER_CSV_COLUMNS, type UserCsvColumn } from "@switchboard/contracts";
import { z } from "zod";
import { restoreCell } from "../../csv/csv-injection.ts";
import { AppError } from "../../errors/app-error.ts";

/** One data row of an import: its cells by column (only the file's columns), as the person wrote them. */
export interface UsersCsvRow {
  /** The row number a spreadsheet shows: the header is 1, a quoted cell over several lines is still one row. */
  readonly row: number;
  readonly cells: Readonly<Partial<Record<UserCsvColumn, string>>>;
}

export interface UsersCsv {
  readonly columns: readonly UserCsvColumn[];
  readonly rows: readonly UsersCsvRow[];
}

export const NOT_CSV_TYPE = "/problems/not-a-users-csv";
export const TOO_MANY_ROWS_TYPE = "/problems/too-many-rows";

function notCsv(detail: string): AppError {
  return new AppError({ status: 400, title: "Not a users CSV file", detail, type: NOT_CSV_TYPE });
}

/** UTF-8, a BOM or none (the BOM is dropped); anything else is refused, never guessed. */
function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notCsv("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
  }
  // A NUL never occurs in text: this is a spreadsheet's own format or another binary file.
  if (text.includes("\u0000")) throw notCsv("The file is not CSV text (it holds binary data). Save it as “CSV UTF-8” and try again.");
  return text;
}

/** `info.lines`: the physical line the record ends on, so a row's first line is the previous one's end + 1. */
const ParsedRecordsSchema = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

const firstLineOf = (text: string) => text.slice(0, text.search(/\r?\n|$/));

/** Comma or semicolon (a spreadsheet in a comma-decimal locale writes the latter): whichever the header holds more of. */
function separatorOf(headerLine: string): "," | ";" {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function isKnownColumn(name: string): name is UserCsvColumn {
  return (USER_CSV_COLUMNS as readonly string[]).includes(name);
}

function readHeader(cells: readonly string[]): UserCsvColumn[] {
  const columns: UserCsvColumn[] = [];
  for (const [index, raw] of cells.entries()) {
    const name = raw.trim();
    if (name === "") throw notCsv(`Column ${index + 1} of the header has no name. The columns are ${USER_CSV_COLUMNS.join(", ")}.`);
    if (!isKnownColumn(name)) throw notCsv(`The header names an unknown column “${name}”. The columns are ${USER_CSV_COLUMNS.join(", ")}.`);
    if (columns.includes(name)) throw notCsv(`The header names the column “${name}” twice.`);
    columns.push(name);
  }
  if (!columns.includes("loginId")) throw notCsv("The header has no “loginId” column: every row needs the login it is about.");
  return columns;
}

function parseRecords(text: string, delimiter: string): Array<{ record: string[]; lines: number }> {
  try {
    // With `info`, each record comes as { record, info }: the library's types do not say so, its parse here does.
    const parsed: unknown = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: false });
    return ParsedRecordsSchema.parse(parsed).map(({ record, info }) => ({ record, lines: info.lines }));
  } catch (error) {
    if (error instanceof CsvError) throw notCsv(`The file is not valid CSV: ${error.message.replace(/^[^:]*: /, "")}.`);
    throw error;
  }
}

/**
 * A users CSV in, its rows out: UTF-8 with or without a BOM, comma or semicolon, RFC 4180 quoting
 * (separators, quotes and line breaks inside quotes). The header must name known columns only, in any
 * order, `loginId` among them. Blank lines are skipped but keep their row number; a neutralized cell
 * (`'=…`, csv/csv-injection.ts) reads as the value it stands for. More than MAX_IMPORT_ROWS data rows:
 * 413; anything else wrong with the file as a whole: 400 naming why. A row's own problems (a bad
 * value) are for the preview, which reports them on their row.
 */
export function readUsersCsv(bytes: Uint8Array): UsersCsv {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") throw notCsv("The file is empty. It needs a header row and at least one user.");
  const records = parseRecords(text, separatorOf(firstLineOf(text)));
  const [header, ...data] = records;
  if (!header) throw notCsv("The file is empty. It needs a header row and at least one user.");
  const columns = readHeader(header.record);

  const rows: UsersCsvRow[] = [];
  let endOfPrevious = header.lines;
  for (const [index, { record, lines }] of data.entries()) {
    const row = index + 2;
    const firstLine = endOfPrevious + 1;
    endOfPrevious = lines;
    if (record.every((cell) => cell.trim() === "")) continue;
    if (record.length !== columns.length) {
      const where = firstLine === row ? `Row ${row}` : `Row ${row} (line ${firstLine} of the file)`;
      throw notCsv(`${where} has ${record.length} cells where the header has ${columns.length} columns. Check its separators and quotes.`);
    }
    if (rows.length === MAX_IMPORT_ROWS) {
      throw new AppError({
        status: 413,
        title: "Too many rows",
        detail: `An import takes at most ${MAX_IMPORT_ROWS.toLocaleString("en")} users; this file has more. Split it into several files.`,
        type: TOO_MANY_ROWS_TYPE,
        extensions: { limit: MAX_IMPORT_ROWS },
      });
    }
    rows.push({ row, cells: Object.fromEntries(columns.map((column, i) => [column, restoreCell(record[i] ?? "")])) });
  }
  if (rows.length === 0) throw notCsv("The file has a header but no users.");
  return { columns, rows };
}
