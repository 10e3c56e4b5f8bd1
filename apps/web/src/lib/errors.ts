import { ProblemSchema, type FieldError, type Problem } from "@switchboard/contracts";
import { isAxiosError } from "axios";
import { ZodError } from "zod";

/**
 * Every failed API call becomes one of these (the api-client's response interceptor makes sure),
 * so components have one shape to read and one function, `getErrorMessage`, to word it.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  /** The HTTP status, or null when no answer came back (offline, timeout, aborted). */
  readonly status: number | null;
  /** The BFF's problem details, when the body was one. */
  readonly problem: Problem | null;
  /** Seconds to wait, from a 429's Retry-After. */
  readonly retryAfterSeconds: number | null;

  constructor(
    message: string,
    status: number | null,
    problem: Problem | null = null,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export function toApiError(error: unknown): unknown {
  if (!isAxiosError(error)) return error;
  const response = error.response;
  if (!response) return new ApiError(error.message, null);
  const problem = ProblemSchema.safeParse(response.data);
  return new ApiError(
    problem.success ? (problem.data.detail ?? problem.data.title) : error.message,
    response.status,
    problem.success ? problem.data : null,
    parseRetryAfter(response.headers["retry-after"]),
  );
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a person reads when something failed: the one wording of errors across the SPA. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === null) {
      return "Switchboard could not reach its server. Check your connection and try again.";
    }
    if (error.status === 429) {
      return error.retryAfterSeconds
        ? `Too many attempts, try again in ${plural(error.retryAfterSeconds, "second", "seconds")}.`
        : "Too many attempts, try again in a moment.";
    }
    if (error.problem) return error.problem.detail ?? error.problem.title;
    if (error.status >= 500) return "The server ran into a problem. Try again in a moment.";
    return "The request failed. Try again.";
  }
  if (error instanceof ZodError) {
    return "The server sent an answer this version of Switchboard does not understand. Reload the page.";
  }
  return "Something went wrong. Try again.";
}
