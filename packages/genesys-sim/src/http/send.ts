import { droppedInstead } from "@switchboard/bpcc-sim";
import type { Response } from "express";
import { GwsError, httpStatusOf, STATUS } from "../errors.ts";
import type { SimState } from "../sim-state.ts";

/** Spring's label for JSON answers. */
const JSON_TYPE = "application/json;charset=UTF-8";

/** `statusCode` as the style in force writes it: `documented` keeps the strings of the seed's examples. */
function statusCodeValue(state: SimState, code: number, documentedAsString: boolean): number | string {
  const style = state.quirks.statusCodes;
  return style === "strings" || (style === "documented" && documentedAsString) ? String(code) : code;
}

/** A success envelope: `statusCode` first, then the rest of the body. */
export function sendOk(state: SimState, res: Response, body: Record<string, unknown> = {}, options: { documentedAsString?: boolean; status?: number } = {}): void {
  const envelope = { statusCode: statusCodeValue(state, STATUS.ok, options.documentedAsString ?? false), ...body };
  finish(res, options.status ?? 200, JSON.stringify(envelope));
}

/** An error envelope, with the code's HTTP status (or `httpStatus`) — or 200 while the HTTP-200 quirk is on. */
export function sendError(state: SimState, res: Response, error: GwsError, httpStatus = httpStatusOf(error.code)): void {
  const envelope = { statusCode: statusCodeValue(state, error.code, error.documentedAsString), statusMessage: error.message };
  finish(res, state.quirks.errorsWithHttp200 ? 200 : httpStatus, JSON.stringify(envelope));
}

function finish(res: Response, status: number, body: string): void {
  if (droppedInstead(res)) return;
  res.statusCode = status;
  res.setHeader("Content-Type", JSON_TYPE);
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}
