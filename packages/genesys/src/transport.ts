import { waitUnlessStopped, type Http, type HttpMethod, type Redactor, type Reply } from "@switchboard/upstream-http";
import type { z } from "zod";
import { GenesysError } from "./errors.ts";
import type { GenesysLogger } from "./options.ts";
import type { Session } from "./session.ts";
import { createErrorFromCode, createErrorFromFailure, createStoppedError, parseJsonOrUndefined, readEnvelope } from "./upstream-errors.ts";

export type Call<Schema extends z.ZodType> = {
  /** The client call, for logs and errors. */
  operation: string;
  method: HttpMethod;
  /** Relative to `/api/v2`, ids already checked, with its query string if any. */
  path: string;
  /** Serialized as JSON. */
  body?: object;
  /** Reads may be sent again; writes never (but for one CSRF refresh, which the server refused unread). */
  retryable: boolean;
  /** What a success's body must hold beyond its `statusCode`; without it the body is not read. */
  schema?: Schema;
  signal?: AbortSignal | undefined;
};

/** Sends calls with the credentials, the session cookie and the CSRF header; reads the envelope. */
export type Transport = {
  call<Schema extends z.ZodType>(call: Call<Schema> & { schema: Schema }): Promise<z.output<Schema>>;
  call(call: Call<z.ZodType>): Promise<void>;
};

export type TransportDeps = {
  http: Http;
  session: Session;
  redactor: Redactor;
  logger: GenesysLogger | undefined;
  /** `Basic …`, computed once. */
  authorization: string;
  schedule: <T>(task: () => Promise<T>) => Promise<T>;
};

const CSRF_REFUSAL = /csrf/i;

export function createTransport({ http, session, redactor, logger, authorization, schedule }: TransportDeps): Transport {
  let csrfRefresh: Promise<void> | undefined;

  function send(call: Call<z.ZodType>): Promise<Reply> {
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": "switchboard-genesys",
      authorization,
      ...session.headersFor(call.method),
    };
    if (call.body !== undefined) headers["content-type"] = "application/json";
    const exchange = {
      operation: call.operation,
      method: call.method,
      path: call.path,
      headers,
      data: call.body === undefined ? undefined : JSON.stringify(call.body),
      retryable: call.retryable,
      signal: call.signal,
    };
    const sent = schedule(() => http.send(exchange)).then((reply) => {
      if (reply.ok) session.absorb(reply.headers);
      else if (reply.failure.type === "http") session.absorb(reply.failure.headers);
      return reply;
    });
    return waitUnlessStopped(sent, call.signal, () => createStoppedError(call.operation));
  }

  /**
   * `GET /me` answers the CSRF header name and token. One refresh serves every write refused at the
   * same time; a caller's deadline ends only its own wait.
   */
  function refreshCsrf(call: Call<z.ZodType>): Promise<void> {
    csrfRefresh ??= send({ operation: "refreshCsrf", method: "GET", path: "/me", retryable: true })
      .then((reply) => void unwrap(reply, "refreshCsrf", redactor))
      .finally(() => (csrfRefresh = undefined));
    return waitUnlessStopped(csrfRefresh, call.signal, () => createStoppedError(call.operation));
  }

  async function call(call: Call<z.ZodType>): Promise<unknown> {
    const first = await send(call);
    if (call.method === "GET" || !isCsrfRefusal(first)) return read(unwrap(first, call.operation, redactor), call);
    // The token expired or rotated: fetch it again and send the write once more, never in a loop.
    // Sending it again is safe: a 403 for the token means the server did not act on the write.
    logger?.warn({ operation: call.operation }, "Genesys refused the CSRF token; fetching a new one and retrying once");
    session.forgetCsrf();
    await refreshCsrf(call);
    const second = await send(call);
    return read(unwrap(second, call.operation, redactor), call);
  }

  return { call: call as Transport["call"] };
}

function isCsrfRefusal(reply: Reply): boolean {
  if (reply.ok || reply.failure.type !== "http" || reply.failure.status !== 403) return false;
  const envelope = readEnvelope(parseJsonOrUndefined(reply.failure.body));
  return CSRF_REFUSAL.test(envelope?.message ?? reply.failure.body);
}

/** A 2xx answer's JSON, once its `statusCode` says success; any failure becomes a GenesysError. */
function unwrap(reply: Reply, operation: string, redactor: Redactor): { status: number; json: unknown } {
  if (!reply.ok) throw createErrorFromFailure(reply.failure, operation, redactor);
  const { status, body } = reply;
  // A write may answer an empty 2xx body; anything else must be a GWS envelope.
  if (body.trim() === "") return { status, json: undefined };
  const json = parseJsonOrUndefined(body);
  if (json === undefined) {
    throw new GenesysError(`Genesys ${operation} answered with a body that is not JSON`, { kind: "upstream", status });
  }
  const envelope = readEnvelope(json);
  if (!envelope) throw new GenesysError(`Genesys ${operation} answered without a statusCode`, { kind: "upstream", status });
  if (envelope.code !== 0) throw createErrorFromCode(envelope, status, operation, redactor);
  return { status, json };
}

function read(answer: { status: number; json: unknown }, call: Call<z.ZodType>): unknown {
  if (!call.schema) return undefined;
  const result = call.schema.safeParse(answer.json);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
  throw new GenesysError(`Genesys ${call.operation} answered with an unexpected shape: ${issues}`, {
    kind: "upstream",
    status: answer.status,
  });
}
