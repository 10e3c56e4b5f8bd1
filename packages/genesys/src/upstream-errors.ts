import type { Redactor, UpstreamFailure } from "@switchboard/upstream-http";
import { GenesysError, type GenesysErrorKind } from "./errors.ts";
import { GenesysEnvelopeSchema } from "./schemas.ts";
import { classifyHttpStatus, classifyStatusCode, findFieldInMessage } from "./status-codes.ts";

const MAX_MESSAGE_LENGTH = 300;

/** What an answer's body says of itself: its code and message, when it is a GWS envelope. */
export type Envelope = { code: number; message: string | undefined };

export function readEnvelope(json: unknown): Envelope | undefined {
  const parsed = GenesysEnvelopeSchema.safeParse(json);
  return parsed.success ? { code: parsed.data.statusCode, message: parsed.data.statusMessage } : undefined;
}

export function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Turns a failed exchange into the one error callers see, its upstream text scrubbed of secrets. */
export function createErrorFromFailure(failure: UpstreamFailure, operation: string, redactor: Redactor): GenesysError {
  switch (failure.type) {
    case "timeout":
      return new GenesysError(`Genesys ${operation} timed out`, { kind: "timeout" });
    case "stopped":
      return createStoppedError(operation);
    case "network":
      return new GenesysError(`Genesys ${operation} failed: upstream unreachable (${failure.code ?? "network error"})`, {
        kind: "unavailable",
      });
    case "http": {
      const envelope = readEnvelope(parseJsonOrUndefined(failure.body));
      // The code is what counts; the HTTP status only when the body carries none (a proxy's page).
      if (envelope && envelope.code !== 0) return createErrorFromCode(envelope, failure.status, operation, redactor);
      const upstreamMessage = summarize(envelope ? envelope.message : failure.body, redactor);
      const kind = classifyHttpStatus(failure.status);
      return new GenesysError(`Genesys ${operation} failed with HTTP ${failure.status}${suffix(upstreamMessage)}${hintFor(kind)}`, {
        kind,
        status: failure.status,
        upstreamMessage,
        field: namesField(kind) ? findFieldInMessage(upstreamMessage) : undefined,
      });
    }
  }
}

/** A non-zero `statusCode`, whatever the HTTP status (some proxies and versions answer 200). */
export function createErrorFromCode(envelope: Envelope, status: number, operation: string, redactor: Redactor): GenesysError {
  const upstreamMessage = summarize(envelope.message, redactor);
  const kind = classifyStatusCode(envelope.code);
  return new GenesysError(
    `Genesys ${operation} failed with statusCode ${envelope.code} (HTTP ${status})${suffix(upstreamMessage)}${hintFor(kind)}`,
    { kind, code: envelope.code, status, upstreamMessage, field: namesField(kind) ? findFieldInMessage(upstreamMessage) : undefined },
  );
}

/**
 * The caller's signal ended the call before an answer came: to the caller, a call that did not answer
 * in time (a write under way may still have landed, as with any timeout).
 */
export function createStoppedError(operation: string): GenesysError {
  return new GenesysError(`Genesys ${operation} stopped: its caller's deadline passed`, { kind: "timeout" });
}

function summarize(text: string | undefined, redactor: Redactor): string | undefined {
  const cleaned = redactor.redact(text ?? "").replace(/\s+/g, " ").trim();
  if (!cleaned) return undefined;
  return cleaned.length > MAX_MESSAGE_LENGTH ? `${cleaned.slice(0, MAX_MESSAGE_LENGTH)}…` : cleaned;
}

/** A refused value ("Invalid value for userName") or a taken one ("User with userName … already exists"). */
function namesField(kind: GenesysErrorKind): boolean {
  return kind === "validation" || kind === "conflict";
}

/** What an operator reading the log should do about it. */
function hintFor(kind: GenesysErrorKind): string {
  if (kind === "credentials_rejected") return "; check GWS_USERNAME and GWS_PASSWORD";
  return "";
}

function suffix(message: string | undefined): string {
  return message ? `: ${message}` : "";
}
