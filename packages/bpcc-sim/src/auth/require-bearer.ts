import type { NextFunction, Request, Response } from "express";
import type { SimState } from "../sim-state.ts";
import { sendText } from "../http/send.ts";

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Every data call needs a live token; an expired or revoked one gets 401, which a client answers by fetching another. */
export function requireBearer(state: SimState) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const match = BEARER.exec(req.headers.authorization ?? "");
    if (!match?.[1]) return refuse(res, 'Bearer realm="configapi"', "missing access token");
    const check = state.tokens.check(match[1]);
    if (check === "valid") return next();
    const text = check === "expired" ? "access token expired" : "invalid access token";
    refuse(res, `Bearer realm="configapi", error="invalid_token", error_description="${text}"`, text);
  };
}

function refuse(res: Response, challenge: string, text: string): void {
  res.setHeader("WWW-Authenticate", challenge);
  sendText(res, 401, text);
}
