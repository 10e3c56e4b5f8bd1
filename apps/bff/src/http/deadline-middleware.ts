import type { RequestHandler } from "express";
import { runWithDeadline } from "../platform/request-deadline.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * One deadline for the whole request — a wait for a slot or a token, every attempt and every pause
 * between them — so that the BFF answers 504 before the SPA stops waiting, instead of a client whose
 * retries outlast the person's patience. A read whose client went away stops too; a change goes on
 * until its deadline, so that it does not stop halfway and is audited as it ended.
 */
export function requestDeadline(ms: number): RequestHandler {
  return (req, res, next) => {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException(`No answer within the request deadline of ${ms} ms`, "TimeoutError")), ms);
    const stopWhenGone = SAFE_METHODS.has(req.method);
    res.once("close", () => {
      clearTimeout(timer);
      if (stopWhenGone && !res.writableFinished) deadline.abort(new DOMException("The client went away", "AbortError"));
    });
    runWithDeadline(deadline.signal, next);
  };
}
