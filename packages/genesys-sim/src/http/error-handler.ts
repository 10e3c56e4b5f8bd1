import type { NextFunction, Request, Response } from "express";
import { GwsError, STATUS } from "../errors.ts";
import type { SimState } from "../sim-state.ts";
import { sendError } from "./send.ts";

/** Everything thrown on an API route leaves as a GWS envelope. */
export function handleApiError(state: SimState) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    if (error instanceof GwsError) return sendError(state, res, error);
    const type = typeof error === "object" && error !== null && "type" in error ? error.type : undefined;
    const status = typeof error === "object" && error !== null && "status" in error ? error.status : undefined;
    if (type === "entity.parse.failed") return sendError(state, res, new GwsError(STATUS.invalidValue, "Malformed JSON in request body"));
    if (type === "entity.too.large") return sendError(state, res, new GwsError(STATUS.invalidValue, "Request body too large"));
    if (status === 400) return sendError(state, res, new GwsError(STATUS.invalidValue, "Bad request"));
    sendError(state, res, new GwsError(STATUS.internalError, "Internal error"));
  };
}
