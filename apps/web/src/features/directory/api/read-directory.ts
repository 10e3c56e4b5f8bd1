import type { DirectoryEntry } from "@switchboard/contracts";
import { indexDirectory, type IndexedEntry } from "@/lib/search-directory";

/**
 * What loading the directory posts back, message by message: the index in slices, then "done";
 * or the body as it came when it is not a list of people that can be indexed (the main thread
 * then checks it against the contract, which says what is wrong); or why there is no body (the
 * BFF answered an error, or nothing). A slice is small enough that receiving it and checking its
 * entries against the contract are a short task on the main thread.
 */
export type DirectoryMessage =
  | {
      kind: "rows";
      /** Sorted by name; not yet checked against the contract. */
      rows: IndexedEntry[];
      /** Where each row's entry was in the answer's `users`, for the contract's error paths. */
      positions: Int32Array;
    }
  | { kind: "done" }
  | { kind: "unreadable"; body: unknown }
  | { kind: "failed"; status: number; body: unknown; retryAfter: string | null }
  | { kind: "unreachable"; message: string; timedOut: boolean };

/** Rows per message: receiving 500 and checking them against the contract is a task of a few milliseconds. */
export const ROWS_PER_MESSAGE = 500;

function usersOf(json: unknown): unknown[] | undefined {
  if (typeof json !== "object" || json === null || !("users" in json)) return undefined;
  return Array.isArray(json.users) ? json.users : undefined;
}

/**
 * The body of `GET /api/directory`, decoded, parsed and indexed for searching (sorted by name,
 * text folded). A body that is not JSON goes on as text, as axios would hand it on, and fails the
 * contract the same way.
 */
export function readDirectory(body: ArrayBuffer): DirectoryMessage[] {
  const text = new TextDecoder().decode(body);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  const users = usersOf(json);
  if (!users) return [{ kind: "unreadable", body: json }];
  let index: IndexedEntry[];
  try {
    // Unchecked as yet: the main thread checks each slice against the contract as it comes.
    index = indexDirectory(users as DirectoryEntry[]);
  } catch {
    // An entry that is not even an object: the contract says which.
    return [{ kind: "unreadable", body: json }];
  }
  const positionOf = new Map(users.map((entry, position) => [entry, position]));
  const messages: DirectoryMessage[] = [];
  for (let start = 0; start < index.length; start += ROWS_PER_MESSAGE) {
    const rows = index.slice(start, start + ROWS_PER_MESSAGE);
    messages.push({ kind: "rows", rows, positions: Int32Array.from(rows, (row) => positionOf.get(row.entry) ?? -1) });
  }
  messages.push({ kind: "done" });
  return messages;
}

async function problemBody(response: Response): Promise<unknown> {
  if (!/json/.test(response.headers.get("content-type") ?? "")) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Downloads and reads the directory, as the directory's worker does: the 2.6 MB of a 20,000-person
 * answer are received, parsed and indexed on the worker's thread, never the page's. Same origin,
 * the session cookie sent (a dedicated worker's requests are its page's, SameSite=Strict holds);
 * a GET needs no CSRF token.
 */
export async function loadDirectory(
  url: string,
  { timeoutMs, fetchImpl = fetch }: { timeoutMs: number; fetchImpl?: typeof fetch },
): Promise<DirectoryMessage[]> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: "application/json" }, credentials: "same-origin", signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === "TimeoutError";
    return [{ kind: "unreachable", message: error instanceof Error ? error.message : "Network error", timedOut }];
  }
  if (!response.ok) {
    return [{ kind: "failed", status: response.status, body: await problemBody(response), retryAfter: response.headers.get("retry-after") }];
  }
  return readDirectory(await response.arrayBuffer());
}
