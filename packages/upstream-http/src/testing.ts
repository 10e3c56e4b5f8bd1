import { createServer, type IncomingHttpHeaders, type IncomingMessage, type RequestListener } from "node:http";
import { inspect } from "node:util";

/** A test's stand-in upstream: listening on 127.0.0.1, port 0, and closed with every connection. */
export type LoopbackServer = { origin: string; close(): Promise<void> };

/** For tests only (`@switchboard/upstream-http/testing`): serves `handler` (an Express app, say) on loopback. */
export async function listenOnLoopback(handler: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("stub upstream is not listening on TCP");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close() {
      if (!server.listening) return Promise.resolve();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type RecordedRequest = {
  method: string;
  /** The path and query exactly as they arrived, before any decoding. */
  rawPath: string;
  headers: IncomingHttpHeaders;
  body: string;
};

type ParsedRequest = IncomingMessage & { originalUrl?: string; body?: unknown };

/** Middleware (after a text body parser) that records each request as it arrived, for assertions. */
export function recordRequestsInto(requests: RecordedRequest[]) {
  return (req: ParsedRequest, _res: unknown, next: () => void): void => {
    requests.push({
      method: req.method ?? "",
      rawPath: req.originalUrl ?? req.url ?? "",
      headers: req.headers,
      body: typeof req.body === "string" ? req.body : "",
    });
    next();
  };
}

/** What a test logger was given. */
export type LogLine = { obj: object; msg: string };

/** Every way an error gets printed, serialized or logged, for tests that look for a leaked secret. */
export function renderEverywhere(error: unknown, lines: readonly LogLine[]): string[] {
  return [
    JSON.stringify(error),
    error instanceof Error ? error.message : "",
    error instanceof Error ? (error.stack ?? "") : "",
    inspect(error, { depth: 20, showHidden: true }),
    String(error),
    ...lines.map((line) => `${line.msg} ${inspect(line.obj, { depth: 20 })}`),
  ];
}
