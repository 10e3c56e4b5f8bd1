import { BpccError } from "./errors.ts";
import type { Http } from "./http.ts";
import type { BpccLogger } from "./options.ts";
import { parseResponse } from "./parsing.ts";
import type { Redactor } from "@switchboard/upstream-http";
import { BpccTokenResponseSchema } from "./schemas.ts";
import type { IssuedToken } from "./token-manager.ts";
import { createErrorFromFailure, summarizeBody } from "./upstream-errors.ts";

export type TokenEndpointSettings = {
  http: Http;
  clientId: string;
  clientSecret: string;
  scope: string;
  redactor: Redactor;
  logger: BpccLogger | undefined;
  /** Runs the exchange under the client's concurrency limit. */
  schedule: <T>(task: () => Promise<T>) => Promise<T>;
};

const CREDENTIAL_STATUSES = new Set([400, 401, 403]);
const OPERATION = "getToken";

/** POST /oauth/token with the client credentials grant, as a form, the way the collection sends it. */
export function createTokenFetcher(settings: TokenEndpointSettings): () => Promise<IssuedToken> {
  const form = new URLSearchParams({
    client_id: settings.clientId,
    client_secret: settings.clientSecret,
    scope: settings.scope,
    grant_type: "client_credentials",
  }).toString();

  return async () => {
    const reply = await settings.schedule(() =>
      settings.http.send({
        operation: OPERATION,
        method: "POST",
        path: "/oauth/token",
        contentType: "application/x-www-form-urlencoded",
        data: form,
        // Asking for a token changes nothing upstream, so it is retried like a read.
        retryable: true,
      }),
    );
    if (!reply.ok) {
      const { failure } = reply;
      if (failure.type === "http" && CREDENTIAL_STATUSES.has(failure.status)) {
        throw createCredentialsRejected(failure.status, summarizeBody(failure.body, settings.redactor));
      }
      throw createErrorFromFailure(failure, OPERATION, settings.redactor);
    }
    const token = parseResponse(BpccTokenResponseSchema, reply, OPERATION);
    settings.redactor.remember(token.access_token);
    settings.logger?.info?.({ expiresInSeconds: token.expires_in }, "BPCC access token issued");
    return { accessToken: token.access_token, expiresInSeconds: token.expires_in };
  };
}

function createCredentialsRejected(status: number, upstreamMessage: string | undefined): BpccError {
  const reason = upstreamMessage ? ` (${upstreamMessage})` : "";
  return new BpccError(
    `BPCC refused the API credentials with HTTP ${status}${reason}; check BPCC_CLIENT_ID, BPCC_CLIENT_SECRET and BPCC_SCOPE`,
    { kind: "credentials_rejected", status, upstreamMessage },
  );
}
