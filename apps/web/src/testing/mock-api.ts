import { PROBLEM_CONTENT_TYPE, ProblemSchema, type Problem } from "@switchboard/contracts";
import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from "axios";
import { apiClient } from "@/lib/api-client";

export type MockReply = { status: number; body?: unknown; headers?: Record<string, string> };
export type RecordedRequest = {
  method: string;
  path: string;
  /** The query string, as axios would send it (its `params` included). */
  query: URLSearchParams;
  headers: AxiosHeaders;
  body: unknown;
};
type Handler = MockReply | ((request: RecordedRequest) => MockReply | Promise<MockReply>);

/** A problem+json reply, checked against the contract like every other body here. */
export function problem(status: number, fields: Partial<Problem> = {}, headers: Record<string, string> = {}): MockReply {
  return {
    status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, ...headers },
    body: ProblemSchema.parse({ type: "about:blank", title: `HTTP ${status}`, status, ...fields }),
  };
}

export function json(body: unknown, status = 200): MockReply {
  return { status, body, headers: { "content-type": "application/json" } };
}

function fullPath(config: InternalAxiosRequestConfig): string {
  return `${config.baseURL ?? ""}${config.url ?? ""}`.replace(/\?.*$/, "");
}

/**
 * Answers the SPA's requests in place of the BFF, behind the real axios instance (its interceptors
 * run). Routes are "METHOD /api/path"; a request nobody expected fails the test loudly.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const handlers = new Map(Object.entries(routes));

  const adapter: AxiosAdapter = async (config) => {
    const method = (config.method ?? "get").toUpperCase();
    const path = fullPath(config);
    const request: RecordedRequest = {
      method,
      path,
      query: new URL(apiClient.getUri(config), "http://test.invalid").searchParams,
      headers: AxiosHeaders.from(config.headers),
      body: typeof config.data === "string" ? JSON.parse(config.data) : config.data,
    };
    requests.push(request);
    const handler = handlers.get(`${method} ${path}`);
    if (!handler) throw new Error(`Unexpected request in a test: ${method} ${path}`);
    const reply = typeof handler === "function" ? await handler(request) : handler;
    const response = {
      data: reply.body ?? "",
      status: reply.status,
      statusText: String(reply.status),
      headers: new AxiosHeaders(reply.headers ?? {}),
      config,
      request: {},
    };
    if (reply.status >= 200 && reply.status < 300) return response;
    throw new AxiosError(
      `Request failed with status code ${reply.status}`,
      reply.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
      config,
      {},
      response,
    );
  };

  apiClient.defaults.adapter = adapter;

  return {
    requests,
    /** Replace or add routes mid-test (e.g. the session after sign-out). */
    on(route: string, handler: Handler) {
      handlers.set(route, handler);
    },
    callsTo(route: string): RecordedRequest[] {
      return requests.filter((r) => `${r.method} ${r.path}` === route);
    },
  };
}

export type MockApi = ReturnType<typeof mockApi>;
