import { z } from "zod";
import { BpccError, classifyStatus } from "./errors.ts";
import type { UpstreamFailure } from "./http.ts";
import type { Redactor } from "@switchboard/upstream-http";

const MAX_MESSAGE_LENGTH = 300;
const ErrorBodySchema = z.union([
  z.string(),
  z.object({
    error_description: z.string().optional(),
    message: z.string().optional(),
    error: z.string().optional(),
  }),
]);

/** Turns a failed exchange into the one error callers see, its upstream text scrubbed of secrets. */
export function createErrorFromFailure(failure: UpstreamFailure, operation: string, redactor: Redactor): BpccError {
  switch (failure.type) {
    case "timeout":
      return new BpccError(`BPCC ${operation} timed out`, { kind: "timeout" });
    case "stopped":
      return createStoppedError(operation);
    case "network":
      return new BpccError(`BPCC ${operation} failed: upstream unreachable (${failure.code ?? "network error"})`, {
        kind: "unavailable",
      });
    case "http": {
      const upstreamMessage = summarizeBody(failure.body, redactor);
      const suffix = upstreamMessage ? `: ${upstreamMessage}` : "";
      return new BpccError(`BPCC ${operation} failed with HTTP ${failure.status}${suffix}`, {
        kind: classifyStatus(failure.status),
        status: failure.status,
        upstreamMessage,
      });
    }
  }
}

/**
 * The caller's signal ended the call before an answer came: to the caller, a call that did not answer
 * in time (a write under way may still have landed, as with any timeout).
 */
export function createStoppedError(operation: string): BpccError {
  return new BpccError(`BPCC ${operation} stopped: its caller's deadline passed`, { kind: "timeout" });
}

/** The upstream's short reason ("user team not found"), or an OAuth error's description. */
export function summarizeBody(body: string, redactor: Redactor): string | undefined {
  const text = redactor.redact(extractReason(body)).replace(/\s+/g, " ").trim();
  if (!text) return undefined;
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
}

function extractReason(body: string): string {
  const parsed = ErrorBodySchema.safeParse(parseJsonOrUndefined(body));
  if (!parsed.success) return body;
  if (typeof parsed.data === "string") return parsed.data;
  return parsed.data.error_description ?? parsed.data.message ?? parsed.data.error ?? body;
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Most BPCC errors are plain text, e.g. "user team not found".
    return undefined;
  }
}
