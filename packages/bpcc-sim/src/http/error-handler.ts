import type { NextFunction, Request, Response } from "express";
import { ApiError } from "../errors.ts";
import { sendText } from "./send.ts";

/** Everything thrown on an API route ends here and leaves as the tenant's short text. */
export function handleApiError(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error instanceof ApiError) return sendText(res, error.status, error.message);
  const type = typeof error === "object" && error !== null && "type" in error ? error.type : undefined;
  const status = typeof error === "object" && error !== null && "status" in error ? error.status : undefined;
  if (type === "entity.parse.failed") return sendText(res, 400, "malformed JSON in request body");
  if (type === "entity.too.large") return sendText(res, 413, "Request Entity Too Large");
  if (type === "charset.unsupported" || type === "encoding.unsupported") return sendText(res, 415, "Unsupported Media Type");
  // Express answers a path parameter that is not valid percent-encoding with a 400.
  if (status === 400) return sendText(res, 400, "Bad Request");
  sendText(res, 500, "Request Failed");
}
