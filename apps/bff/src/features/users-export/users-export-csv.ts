import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Capabilities } from "@switchboard/contracts";
import type { UserCsvSource } from "../users-import/users-csv-columns.ts";
import { createUsersCsv, userToCsvRecord } from "../users-import/users-csv-write.ts";

/** UTF-8's byte order mark: without it Excel opens a UTF-8 CSV as the system's code page and garbles "José". */
export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * The export's file: a BOM, then the users CSV (decision 020: the platform's columns, CRLF, every
 * cell that could start a formula neutralized). Streamed, so 50k users never block the event loop
 * for the whole file at once.
 */
export async function writeUsersCsvFile(users: readonly UserCsvSource[], capabilities: Capabilities): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [UTF8_BOM];
  await pipeline(Readable.from(users.map(userToCsvRecord)), createUsersCsv(capabilities), async (csv: AsyncIterable<string | Buffer>) => {
    for await (const chunk of csv) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  });
  return Buffer.concat(chunks);
}
