import type { EventEmitter } from "node:events";
import autocannon from "autocannon";

export interface LoadRun {
  result: autocannon.Result;
  /** Every response's latency in ms, as autocannon timed it (hrtime, not rounded to whole ms). */
  latencies: number[];
  /** Responses per status code, plus `errors` and `timeouts` (no response at all). */
  statuses: Record<string, number>;
  requestsPerSecond: number;
}

/** autocannon, with each response's latency kept at full precision rather than in its whole-ms histogram. */
export async function runLoad(options: autocannon.Options): Promise<LoadRun> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ timeout: 60, ...options }, (error, done) => (error ? reject(error as Error) : resolve(done)));
    // autocannon 9 emits (client, status, bytes, ms); the published types still show the older shape.
    (instance as unknown as EventEmitter).on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
      statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    });
  });
  // autocannon counts a timeout as an error too: keep them apart.
  if (result.errors - result.timeouts) statuses["errors"] = result.errors - result.timeouts;
  if (result.timeouts) statuses["timeouts"] = result.timeouts;
  const answered = latencies.length;
  return { result, latencies, statuses, requestsPerSecond: answered / result.duration };
}

/** Counts of 5xx answers and of requests that got no answer at all. */
export function serverErrors(statuses: Record<string, number>): number {
  return Object.entries(statuses).reduce((sum, [code, n]) => (/^5\d\d$/.test(code) || code === "errors" ? sum + n : sum), 0);
}

/** One request of a signed-in client: what autocannon's `setupRequest` fills in. */
export type SignedInRequest = { method: NonNullable<autocannon.Request["method"]>; path: string; headers: Record<string, string> };

/**
 * autocannon with signed-in clients: each connection keeps one of `sessions` (handed out in turn) for
 * the whole run, and `next` makes each of its requests. Waits up to 30 s for an answer.
 */
export function runSignedInLoad<S>(options: {
  url: string;
  connections: number;
  duration: number;
  sessions: readonly S[];
  next: (session: S) => SignedInRequest;
}): Promise<LoadRun> {
  let nextSession = 0;
  return runLoad({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    initialContext: {},
    requests: [
      {
        setupRequest: (request, context) => {
          const client = context as { session?: S };
          client.session ??= options.sessions[nextSession++ % options.sessions.length];
          return { ...request, ...options.next(client.session as S) };
        },
      },
    ],
  });
}
