import { request as httpRequest, Agent } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire: still compressed when the server compressed them. */
  body: Buffer;
  /** From sending the request to the last byte of the body, in ms. */
  ms: number;
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

/** One HTTP/1.1 request with node:http, no decompression, no redirects: what the bench measures is what was sent. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number; agent?: Agent | false } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(
      url,
      {
        method: options.method ?? "GET",
        headers: { ...(options.body ? { "Content-Length": String(Buffer.byteLength(options.body)) } : {}), ...options.headers },
        agent: options.agent ?? keepAlive,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body it expects; nothing checks it
export async function json<T>(url: string, options: Parameters<typeof rawRequest>[1] = {}): Promise<{ status: number; body: T; headers: RawResponse["headers"] }> {
  const res = await rawRequest(url, { ...options, headers: { Accept: "application/json", ...options.headers } });
  const text = res.body.toString("utf8");
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text, the caller reports it.
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export function closeAgents(): void {
  keepAlive.destroy();
}

/**
 * Every URL requested at once, each on a connection of its own (as that many browsers would), waiting
 * up to 120 s each. Answers the count of each outcome: a status code, or `error <name>`.
 */
export async function fireAtOnce(urls: readonly string[], headers: Record<string, string>): Promise<{ statuses: Record<string, number>; seconds: number }> {
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const started = performance.now();
  try {
    const outcomes = await Promise.all(
      urls.map((url) =>
        rawRequest(url, { headers, agent, timeoutMs: 120_000 }).then(
          (res) => String(res.status),
          (error: unknown) => `error ${(error as Error).name}`,
        ),
      ),
    );
    const statuses: Record<string, number> = {};
    for (const outcome of outcomes) statuses[outcome] = (statuses[outcome] ?? 0) + 1;
    return { statuses, seconds: (performance.now() - started) / 1000 };
  } finally {
    agent.destroy();
  }
}
