import { DirectoryResponseSchema, SPA_REQUEST_TIMEOUT_MS, type DirectoryEntry } from "@switchboard/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { env } from "@/config/env";
import { apiClient, apiErrorOfAnswer } from "@/lib/api-client";
import { ApiError } from "@/lib/errors";
import { entriesOfIndex, indexDirectory, type IndexedEntry } from "@/lib/search-directory";
import type { DirectoryRequest } from "./directory.worker";
import type { DirectoryMessage } from "./read-directory";

/** The answer's list of people; built on first use, as the contracts' schemas are (decision 026). */
const EntriesSchema = z.lazy(() => DirectoryResponseSchema.unwrap().shape.users);

/**
 * Puts the worker's messages back together, checking each slice against the contract as it comes
 * (500 entries, a few milliseconds): the index once the last one came, undefined before.
 */
export class DirectoryAssembler {
  private readonly rows: IndexedEntry[] = [];

  /** Throws what the page shows: the contract's ZodError, or the ApiError of a failed call. */
  add(message: DirectoryMessage): IndexedEntry[] | undefined {
    switch (message.kind) {
      case "rows": {
        const checked = EntriesSchema.safeParse(message.rows.map((row) => row.entry));
        if (!checked.success) {
          // Paths as the whole answer's: users.<its place in the answer>.<field>.
          throw new z.ZodError(
            checked.error.issues.map((issue) => {
              const [at, ...rest] = issue.path;
              return { ...issue, path: ["users", typeof at === "number" ? (message.positions[at] ?? at) : at, ...rest] };
            }) as z.core.$ZodIssue[],
          );
        }
        checked.data.forEach((entry, i) => this.rows.push({ ...message.rows[i], entry } as IndexedEntry));
        return undefined;
      }
      case "done":
        // A worker's messages arrive in the order posted, none lost.
        return this.rows;
      case "unreadable":
        // Not a list of people: the contract says what is wrong. (Were it one after all, index it here.)
        return indexDirectory(DirectoryResponseSchema.parse(message.body).users);
      case "failed":
        throw apiErrorOfAnswer(message.status, message.body, message.retryAfter);
      case "unreachable":
        throw new ApiError(message.message, null, null, null, message.timedOut);
    }
  }
}

/** A module worker from our own origin (the CSP's script-src 'self' covers it); none in jsdom. */
function startWorker(): Worker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("./directory.worker.ts", import.meta.url), { type: "module", name: "directory" });
  } catch {
    return undefined;
  }
}

/** On the main thread, through the api-client: where there is no Worker (jsdom), or it could not start. */
async function loadHere(signal: AbortSignal | undefined): Promise<IndexedEntry[]> {
  const response = await apiClient.get("/directory", { signal });
  return indexDirectory(DirectoryResponseSchema.parse(response.data).users);
}

/** In the worker: the download and the reading off the main thread, the index back in short messages. */
function loadInWorker(worker: Worker, signal: AbortSignal | undefined): Promise<IndexedEntry[]> {
  return new Promise((resolve, reject) => {
    const assembler = new DirectoryAssembler();
    worker.onmessage = (event: MessageEvent<DirectoryMessage>) => {
      try {
        const index = assembler.add(event.data);
        if (index) resolve(index);
      } catch (error) {
        reject(error);
      }
    };
    // The worker's script did not load or run (a deploy replaced it, a browser refused it).
    worker.onerror = (event) => {
      event.preventDefault();
      loadHere(signal).then(resolve, reject);
    };
    signal?.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
    const request: DirectoryRequest = { url: `${env.apiBaseUrl}/directory`, timeoutMs: SPA_REQUEST_TIMEOUT_MS };
    worker.postMessage(request);
  });
}

/**
 * The directory, sorted by name, with its search index made once (`directoryIndexOf` finds it).
 * Downloaded, parsed and indexed in a worker, checked against the contract here slice by slice
 * (decision 025): 20,000 people are 2.6 MB of JSON, and doing all that in one go on the main
 * thread blocked the page for 150–800 ms.
 */
export async function getDirectory({ signal }: { signal?: AbortSignal } = {}): Promise<DirectoryEntry[]> {
  const worker = startWorker();
  try {
    return entriesOfIndex(await (worker ? loadInWorker(worker, signal) : loadHere(signal)));
  } finally {
    worker?.terminate();
  }
}

export function directoryQueryOptions() {
  return queryOptions({
    queryKey: ["directory"],
    queryFn: getDirectory,
    // The BFF caches the upstream directory too; five minutes old is fresh enough for a phone list.
    staleTime: 5 * 60_000,
  });
}

export function useDirectory() {
  return useQuery(directoryQueryOptions());
}
