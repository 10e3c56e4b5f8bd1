import express, { type Request, type Response } from "express";
import { z } from "zod";
import { sendJson } from "../http/send.ts";
import type { SimState } from "../sim-state.ts";

const TokenForm = z.object({
  grant_type: z.string().min(1),
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
  scope: z.string().min(1),
});

/** The token call takes a form, never JSON, as the collection's Get Access Token shows. */
export const parseTokenForm = express.urlencoded({ extended: false, limit: "16kb" });

/** `POST /oauth/token`: the client-credentials grant, with RFC 6749 error answers. */
export function issueToken(state: SimState) {
  return (req: Request, res: Response): void => {
    const form = TokenForm.safeParse(req.body ?? {});
    if (!form.success) {
      const missing = form.error.issues[0]?.path[0];
      return sendOAuthError(res, 400, "invalid_request", `Missing or empty parameter: ${String(missing)}`);
    }
    const { grant_type, client_id, client_secret, scope } = form.data;
    if (grant_type !== "client_credentials") {
      return sendOAuthError(res, 400, "unsupported_grant_type", `Unsupported grant type: ${grant_type}`);
    }
    const expected = state.config.credentials;
    if (client_id !== expected.clientId || client_secret !== expected.clientSecret) {
      return sendOAuthError(res, 401, "invalid_client", "Bad client credentials");
    }
    if (scope !== expected.scope) return sendOAuthError(res, 400, "invalid_scope", `Invalid scope: ${scope}`);
    const ttl = state.config.tokenTtlSeconds;
    const body = JSON.stringify({
      access_token: state.tokens.issue(ttl),
      token_type: "Bearer",
      // A string, not a number: one of the documented quirks.
      expires_in: String(ttl),
      scope: expected.scope,
    });
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Pragma", "no-cache");
    sendJson(res, 200, body);
  };
}

function sendOAuthError(res: Response, status: number, error: string, description: string): void {
  res.setHeader("Cache-Control", "no-store");
  if (status === 401) res.setHeader("WWW-Authenticate", 'Basic realm="oauth2/client"');
  sendJson(res, status, JSON.stringify({ error, error_description: description }));
}
