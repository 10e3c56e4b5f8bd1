import type { FieldError, Problem } from "@switchboard/contracts";
import { formatDuration } from "./format-duration";

/**
 * Every failed API call becomes one of these (the api-client's response interceptor and fetchJson
 * make sure), so components have one shape to read and one function, `getErrorMessage`, to word it.
 * This module is on the sign-in page, which loads neither zod nor axios (decision 008).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  /** The HTTP status, or null when no answer came back (offline, timeout, aborted). */
  readonly status: number | null;
  /** The BFF's problem details, when the body was one. */
  readonly problem: Problem | null;
  /** Seconds to wait, from a 429's Retry-After. */
  readonly retryAfterSeconds: number | null;
  /** No answer within the SPA's own timeout: the server was reached, but did not answer in time. */
  readonly timedOut: boolean;

  constructor(
    message: string,
    status: number | null,
    problem: Problem | null = null,
    retryAfterSeconds: number | null = null,
    timedOut = false,
  ) {
    super(message);
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
    this.timedOut = timedOut;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === "string";
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === "string" && typeof value.message === "string";
}

/**
 * The problem details of an error answer (RFC 9457), extension members kept, or null when the body
 * is not one. Checked field by field as the contract's ProblemSchema does, without zod: the sign-in
 * page reads its errors through here and must not load zod (decision 008).
 */
export function readProblem(body: unknown): Problem | null {
  if (!isRecord(body)) return null;
  const { type, title, status, detail, requestId, errors } = body;
  if (typeof type !== "string" || typeof title !== "string") return null;
  if (typeof status !== "number" || !Number.isInteger(status)) return null;
  if (!isOptionalString(detail) || !isOptionalString(requestId)) return null;
  if (errors !== undefined && !(Array.isArray(errors) && errors.every(isFieldError))) return null;
  return { ...body, type, title, status, detail, requestId, errors };
}

/** The ApiError for an answer with an error status: its problem details, when the body is one. */
export function apiErrorFromResponse(
  fallbackMessage: string,
  status: number,
  body: unknown,
  retryAfter: unknown,
): ApiError {
  const problem = readProblem(body);
  const message = problem ? (problem.detail ?? problem.title) : fallbackMessage;
  return new ApiError(message, status, problem, parseRetryAfter(retryAfter));
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** The BFF's problems for a contact center that failed to answer (apps/bff/src/errors/upstream-problem.ts). */
const CONTACT_CENTER_SILENT = new Set(["/problems/upstream-timeout", "/problems/upstream-unavailable"]);

/**
 * The BFF answered, having already retried the contact center within its deadline: its problem says
 * the platform is down or too slow. Not the lost answer of a change (its own type, whose detail says
 * what may have happened) nor refused credentials (an operator's matter).
 */
function isContactCenterSilent(error: ApiError): boolean {
  return error.status !== null && error.status >= 502 && error.status <= 504 && CONTACT_CENTER_SILENT.has(error.problem?.type ?? "");
}

/** What a person reads when something failed: the one wording of errors across the SPA. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === null) {
      // A timeout means the server was reached; only a request that got nowhere points at the connection.
      return error.timedOut
        ? "Switchboard’s server did not answer in time. Try again in a moment."
        : "Switchboard could not reach its server. Check your connection and try again.";
    }
    if (error.status === 429) {
      return error.retryAfterSeconds
        ? `Too many attempts, try again in ${formatDuration(error.retryAfterSeconds)}.`
        : "Too many attempts, try again in a moment.";
    }
    if (isContactCenterSilent(error)) return "The contact center is not answering right now. Try again in a moment.";
    if (error.problem) return error.problem.detail ?? error.problem.title;
    if (error.status >= 500) return "The server ran into a problem. Try again in a moment.";
    return "The request failed. Try again.";
  }
  // A ZodError: an answer that failed its contract. By name, as zod is not loaded on the sign-in page.
  if (typeof error === "object" && error !== null && "name" in error && error.name === "ZodError") {
    return "The server sent an answer this version of Switchboard does not understand. Reload the page.";
  }
  return "Something went wrong. Try again.";
}
