import { PROBLEM_CONTENT_TYPE, ProblemSchema, type Problem } from "@switchboard/contracts";
import { AxiosError, AxiosHeaders, type AxiosAdapter, type InternalAxiosRequestConfig } from "axios";
import { vi } from "vitest";
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

/** A reply as fetch would hand it over (the sign-in page's calls go through fetch, not axios). */
function toResponse(reply: MockReply): Response {
  const hasBody = reply.body !== undefined && reply.status !== 204;
  const body = hasBody ? JSON.stringify(reply.body) : null;
  return new Response(body, { status: reply.status, headers: reply.headers ?? {} });
}

/**
 * Answers the SPA's requests in place of the BFF, behind the real axios instance (its interceptors
 * run) and behind fetch (fetchJson's calls). Routes are "METHOD /api/path"; a request nobody
 * expected fails the test loudly.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  // Every sign-in page asks which ways to sign in there are: the password form only, unless a test says otherwise.
  const defaults: Record<string, Handler> = { "GET /api/auth/methods": json({ local: true, sso: null, signedIn: false }) };
  const handlers = new Map(Object.entries({ ...defaults, ...routes }));

  async function answer(request: RecordedRequest): Promise<MockReply> {
    requests.push(request);
    const handler = handlers.get(`${request.method} ${request.path}`);
    if (!handler) throw new Error(`Unexpected request in a test: ${request.method} ${request.path}`);
    return typeof handler === "function" ? await handler(request) : handler;
  }

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
    const reply = await answer(request);
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
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(String(input), "http://test.invalid");
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : init?.body;
    const headers = AxiosHeaders.from(Object.fromEntries(new Headers(init?.headers)));
    const method = init?.method ?? "GET";
    return toResponse(await answer({ method, path: url.pathname, query: url.searchParams, headers, body }));
  });

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
