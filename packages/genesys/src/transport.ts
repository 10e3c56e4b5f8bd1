import { waitUnlessStopped, withCallSecrets, type Http, type HttpMethod, type Redactor, type Reply } from "@switchboard/upstream-http";
import type { z } from "zod";
import { GenesysError } from "./errors.ts";
import type { GenesysLogger } from "./options.ts";
import type { Session } from "./session.ts";
import { createErrorFromCode, createErrorFromFailure, createStoppedError, parseJsonOrUndefined, readEnvelope } from "./upstream-errors.ts";

export type Call = {
  /** The client call, for logs and errors. */
  operation: string;
  method: HttpMethod;
  /** Relative to `/api/v2`, ids already checked, with its query string if any. */
  path: string;
  /** Serialized as JSON. */
  body?: object;
  /** Reads may be sent again; writes never (but for one CSRF refresh, which the server refused unread). */
  retryable: boolean;
  /** Values of this call only (a new user's password) to scrub from its errors. */
  secrets?: readonly string[];
  signal?: AbortSignal | undefined;
};

/** Sends calls with the credentials, the session cookie and the CSRF header; reads the envelope. */
export type Transport = {
  /** A call whose success carries data: its body, once `statusCode` is 0, parsed with `schema`. */
  read<Schema extends z.ZodType>(call: Call, schema: Schema): Promise<z.output<Schema>>;
  /** A call whose success is all there is to know (a change): `statusCode` 0, or an empty 2xx body. */
  send(call: Call): Promise<void>;
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

type Answer = { status: number; json: unknown };

const CSRF_REFUSAL = /csrf/i;

export function createTransport({ http, session, redactor, logger, authorization, schedule }: TransportDeps): Transport {
  let csrfRefresh: Promise<void> | undefined;

  function exchange(call: Call): Promise<Reply> {
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": "switchboard-genesys",
      authorization,
      ...session.headersFor(call.method),
    };
    if (call.body !== undefined) headers["content-type"] = "application/json";
    const sent = schedule(() =>
      http.send({
        operation: call.operation,
        method: call.method,
        path: call.path,
        headers,
        data: call.body === undefined ? undefined : JSON.stringify(call.body),
        retryable: call.retryable,
        signal: call.signal,
      }),
    ).then((reply) => {
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
  function refreshCsrf(call: Call): Promise<void> {
    csrfRefresh ??= exchange({ operation: "refreshCsrf", method: "GET", path: "/me", retryable: true })
      .then((reply) => void unwrap(reply, "refreshCsrf", withCallSecrets(redactor, session.listSecrets())))
      .finally(() => (csrfRefresh = undefined));
    return waitUnlessStopped(csrfRefresh, call.signal, () => createStoppedError(call.operation));
  }

  async function perform(call: Call): Promise<Answer> {
    const first = await exchange(call);
    const scrubber = withCallSecrets(redactor, [...session.listSecrets(), ...(call.secrets ?? [])]);
    if (call.method === "GET" || !isCsrfRefusal(first)) return unwrap(first, call.operation, scrubber);
    // The token expired or rotated: fetch it again and send the write once more, never in a loop.
    // Sending it again is safe: a 403 for the token means the server did not act on the write.
    logger?.warn({ operation: call.operation }, "Genesys refused the CSRF token; fetching a new one and retrying once");
    session.forgetCsrf();
    await refreshCsrf(call);
    const second = await exchange(call);
    return unwrap(second, call.operation, withCallSecrets(scrubber, session.listSecrets()));
  }

  return {
    async read(call, schema) {
      const answer = await perform(call);
      const result = schema.safeParse(answer.json);
      if (result.success) return result.data;
      throw new GenesysError(`Genesys ${call.operation} answered with an unexpected shape: ${describeIssues(result.error)}`, {
        kind: "upstream",
        status: answer.status,
      });
    },
    async send(call) {
      await perform(call);
    },
  };
}

function isCsrfRefusal(reply: Reply): boolean {
  if (reply.ok || reply.failure.type !== "http" || reply.failure.status !== 403) return false;
  const envelope = readEnvelope(parseJsonOrUndefined(reply.failure.body));
  return CSRF_REFUSAL.test(envelope?.message ?? reply.failure.body);
}

/** A 2xx answer's JSON, once its `statusCode` says success; any failure becomes a GenesysError. */
function unwrap(reply: Reply, operation: string, redactor: Redactor): Answer {
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

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
