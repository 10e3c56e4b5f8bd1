import { waitUnlessStopped } from "./caller-signal.ts";
import type { Exchange, Http, Reply } from "./http.ts";
import type { BpccLogger } from "./options.ts";
import type { Redactor } from "@switchboard/upstream-http";
import type { TokenManager } from "./token-manager.ts";
import { createErrorFromFailure } from "./upstream-errors.ts";

export type Call = Omit<Exchange, "bearer">;
export type Answer = { status: number; body: string };

/** Sends data calls with a Bearer token; the typed calls above it know nothing of tokens or HTTP. */
export type Transport = { call(call: Call): Promise<Answer> };

export type TransportDeps = {
  http: Http;
  tokens: TokenManager;
  redactor: Redactor;
  logger: BpccLogger | undefined;
  schedule: <T>(task: () => Promise<T>) => Promise<T>;
};

export function createTransport({ http, tokens, redactor, logger, schedule }: TransportDeps): Transport {
  // The token is awaited outside the limit: a caller holding a slot while it waits for the token
  // fetch (which needs a slot too) could otherwise deadlock a saturated client.
  async function sendWithToken(call: Call): Promise<{ reply: Reply; token: string }> {
    const token = await waitUnlessStopped(tokens.getToken(), call.signal, call.operation);
    const reply = await waitUnlessStopped(schedule(() => http.send({ ...call, bearer: token })), call.signal, call.operation);
    return { reply, token };
  }

  return {
    async call(call) {
      const first = await sendWithToken(call);
      if (!isUnauthorized(first.reply)) return unwrap(first.reply, call.operation, redactor);
      // A token can be revoked before it expires: fetch one more and replay once, never loop.
      // Replaying a write is safe here because a 401 means the upstream did not act on it.
      tokens.invalidate(first.token);
      logger?.warn({ operation: call.operation }, "BPCC refused the access token; replaying once with a new one");
      const second = await sendWithToken(call);
      return unwrap(second.reply, call.operation, redactor);
    },
  };
}

function isUnauthorized(reply: Reply): boolean {
  return !reply.ok && reply.failure.type === "http" && reply.failure.status === 401;
}

function unwrap(reply: Reply, operation: string, redactor: Redactor): Answer {
  if (reply.ok) return { status: reply.status, body: reply.body };
  throw createErrorFromFailure(reply.failure, operation, redactor);
}
