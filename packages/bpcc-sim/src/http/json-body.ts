import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { sendText } from "./send.ts";

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** 415 unless the request says its body is JSON — checked on the header alone, so an empty body cannot slip through. */
export function requireJson(req: Request, res: Response, next: NextFunction): void {
  if (JSON_TYPE.test(req.headers["content-type"] ?? "")) next();
  else sendText(res, 415, "Unsupported Media Type");
}

/** Parses the body; malformed JSON becomes a 400 in the error handler. */
export const parseJsonBody: RequestHandler = express.json({ limit: "1mb", type: () => true });
