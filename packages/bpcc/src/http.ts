import { createHttp as createUpstreamHttp, type Exchange as UpstreamExchange, type Reply, type UpstreamObserver } from "@switchboard/upstream-http";
import type { BpccLogger } from "./options.ts";

export type { HttpMethod, Reply, UpstreamFailure } from "@switchboard/upstream-http";

/** One BPCC exchange: the shared engine's, with BPCC's two headers instead of a header map. */
export type Exchange = Omit<UpstreamExchange, "headers"> & {
  bearer?: string;
  contentType?: string;
};

export type HttpSettings = {
  baseUrl: string;
  timeoutMs: number;
  retries: number;
  maxBackoffMs: number;
  /** Sockets kept open to the upstream at most; the client's own limit keeps calls below it. */
  concurrency: number;
  logger: BpccLogger | undefined;
  observer?: UpstreamObserver | undefined;
};

export type Http = { send(exchange: Exchange): Promise<Reply> };

/** The shared undici engine (`@switchboard/upstream-http`: attempts, deadlines, retries) under `/configapi/v2`. */
export function createHttp(settings: HttpSettings): Http {
  const http = createUpstreamHttp({ ...settings, apiPrefix: "/configapi/v2", label: "BPCC" });
  return {
    send: ({ bearer, contentType, ...exchange }) => http.send({ ...exchange, headers: buildHeaders(bearer, contentType) }),
  };
}

/** Only this client's own: `Accept`, `User-Agent`, the Bearer token, and `Content-Type` only with a body. */
function buildHeaders(bearer: string | undefined, contentType: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json", "user-agent": "switchboard-bpcc" };
  if (contentType) headers["content-type"] = contentType;
  if (bearer) headers["authorization"] = `Bearer ${bearer}`;
  return headers;
}
