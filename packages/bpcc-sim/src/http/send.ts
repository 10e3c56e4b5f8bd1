import type { Response } from "express";

const DROP_AFTER_PERFORMING = "dropAfterPerforming";

/**
 * Writers that produce the tenant's exact headers. `res.json`/`res.send` would append
 * `; charset=utf-8`, and the collection shows a bare `application/json`.
 */
export function sendJson(res: Response, status: number, body: string | Buffer): void {
  finish(res, status, "application/json", body);
}

/** Create, update and delete answer a bare `OK`, yet label it JSON: a quirk clients must survive. */
export function sendOk(res: Response): void {
  sendJson(res, 200, "OK");
}

/** Error bodies are one short line of text (`user team not found`, `Request Failed`). */
export function sendText(res: Response, status: number, text: string): void {
  finish(res, status, "text/plain; charset=utf-8", text);
}

/** Marks a call whose work must be done but whose answer must never arrive (a drop fault). */
export function dropInsteadOfAnswering(res: Response): void {
  res.locals[DROP_AFTER_PERFORMING] = true;
}

/** For a writer of another simulator: true (and the socket closed) when this answer must never arrive. */
export function droppedInstead(res: Response): boolean {
  if (res.locals[DROP_AFTER_PERFORMING] !== true) return false;
  res.socket?.destroy();
  return true;
}

function finish(res: Response, status: number, contentType: string, body: string | Buffer): void {
  if (droppedInstead(res)) return;
  res.statusCode = status;
  res.setHeader("Content-Type", contentType);
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.end(body);
}
