import { STATUS_CODES } from "node:http";
import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { PROBLEM_CONTENT_TYPE, type Problem } from "@switchboard/contracts";
import { z } from "zod";
import { DatabaseUnavailable } from "../db/sql.ts";
import { hasDeadlinePassed } from "../platform/request-deadline.ts";
import { AppError } from "./app-error.ts";
import { isUpstreamError, toAppError } from "./upstream-problem.ts";

/** Body-parser's errors carry a `type` and an HTTP status; nothing else of theirs reaches the client. */
const BodyParserErrorSchema = z.object({ type: z.string(), status: z.number() });
/** A client error of Express's own middleware (serve-static's 404 carries the file's path: only the status is kept). */
const ClientHttpErrorSchema = z.object({ status: z.number().int().min(400).max(499) });

/** Any failure as the one AppError the API would answer for it (also how a job words a failed row). */
export function classify(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isUpstreamError(error)) return toAppError(error);
  if (error instanceof DatabaseUnavailable) {
    return new AppError({
      status: 503,
      title: "Database unavailable",
      detail: "Switchboard cannot reach its database just now, so nothing was changed. Try again in a moment.",
      type: "/problems/database-unavailable",
      headers: { "Retry-After": "5" },
    });
  }
  // Whatever a platform's client throws once the request's deadline has stopped it, the answer is the
  // deadline's: so a second adapter gets its 504 without a mapping of its own for an abort.
  if (hasDeadlinePassed()) return AppError.upstreamTimeout();
  if (error instanceof z.ZodError) {
    return AppError.invalid(error.issues.map((i) => ({ field: i.path.join(".") || "body", message: i.message })));
  }
  const parser = BodyParserErrorSchema.safeParse(error);
  if (parser.success) {
    if (parser.data.type === "entity.parse.failed") {
      return new AppError({ status: 400, title: "Invalid JSON", detail: "The request body is not valid JSON.", type: "/problems/invalid-json" });
    }
    if (parser.data.type === "entity.too.large") {
      return new AppError({ status: 413, title: "Request too large", detail: "The request body is too large.", type: "/problems/too-large" });
    }
  }
  // Other client errors (a hashed asset that is not there): their status, our words.
  const client = ClientHttpErrorSchema.safeParse(error);
  if (client.success) {
    const status = client.data.status;
    return new AppError({ status, title: STATUS_CODES[status] ?? "Client error", detail: status === 404 ? "Nothing here." : "The request was refused.", type: "about:blank" });
  }
  return new AppError({ status: 500, title: "Internal error", detail: "Something went wrong on our side. The request id identifies it in the logs.", type: "/problems/internal" });
}

export function requestIdOf(req: Request): string {
  return String((req.id as string | number | undefined) ?? "");
}

export function sendProblem(res: Parameters<RequestHandler>[1], req: Request, error: AppError): void {
  const body: Problem = {
    // First, so that no extension can stand in for a standard member.
    ...error.extensions,
    type: error.type,
    title: error.title,
    status: error.status,
    detail: error.message,
    requestId: requestIdOf(req),
    ...(error.errors ? { errors: error.errors } : {}),
  };
  if (error.headers) res.set(error.headers);
  res.status(error.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

/** The one error middleware: every failure leaves as problem+json, never a stack trace or upstream payload. */
export const errorMiddleware: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const appError = classify(error);
  if (appError.status >= 500) {
    // Logged as a plain object: the error's own fields only, never the request config of an HTTP client.
    req.log.error({ req: req.logLine, err: describe(error) }, "request failed");
  }
  res.locals["problem"] = appError;
  sendProblem(res, req, appError);
};

/** 404 for `/api` paths no router claimed. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`No API route ${req.method} ${req.path}.`));
};

/** 404 for anything else nobody served (an asset that is not there): the same problem body, not Express's HTML page. */
export const notFound: RequestHandler = (_req, _res, next) => {
  next(AppError.notFound("Nothing here."));
};

function describe(error: unknown): { name: string; message: string; kind?: string; stack?: string } {
  if (isUpstreamError(error)) return { name: error.name, message: error.message, kind: error.kind };
  // Our own bugs keep their stack in the server log (never in the answer), or they cannot be diagnosed.
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: "NonError", message: String(error) };
}
