import type { AuditChanges, FieldError } from "@switchboard/contracts";

/** A change of several upstream calls of which some took and some did not (Genesys skills). */
export const PARTIALLY_SAVED_TYPE = "/problems/partially-saved";

/** The one application error: the error middleware turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  /** RFC 9457 extension members of this problem type (e.g. an edit conflict's `current`). */
  readonly extensions: Record<string, unknown> | undefined;
  /** What a change that failed still did (before → after as read back): its audit record keeps it. */
  readonly changes: AuditChanges | undefined;

  constructor(options: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    errors?: FieldError[];
    headers?: Record<string, string>;
    extensions?: Record<string, unknown>;
    changes?: AuditChanges;
  }) {
    super(options.detail ?? options.title);
    this.name = "AppError";
    this.status = options.status;
    this.title = options.title;
    this.type = options.type ?? "about:blank";
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
    this.changes = options.changes;
  }

  /** The same problem, carrying what the change did nonetheless for its audit record. */
  withChanges(changes: AuditChanges): AppError {
    const { status, title, type, errors, headers, extensions } = this;
    return new AppError({
      status,
      title,
      type,
      detail: this.message,
      ...(errors ? { errors } : {}),
      ...(headers ? { headers } : {}),
      ...(extensions ? { extensions } : {}),
      changes,
    });
  }

  static unauthenticated(detail = "Sign in to continue."): AppError {
    return new AppError({ status: 401, title: "Not signed in", detail, type: "/problems/unauthenticated" });
  }

  static forbidden(detail = "Your role does not allow this."): AppError {
    return new AppError({ status: 403, title: "Forbidden", detail, type: "/problems/forbidden" });
  }

  static notFound(detail: string): AppError {
    return new AppError({ status: 404, title: "Not found", detail, type: "/problems/not-found" });
  }

  /** The contact center gave no answer within the request's deadline (or its client's own timeouts). */
  static upstreamTimeout(): AppError {
    return new AppError({ status: 504, title: "Contact center timed out", detail: "The contact center did not answer in time. Try again.", type: "/problems/upstream-timeout" });
  }

  /** The platform behind this deployment has no such operation (e.g. lock states on Genesys). */
  static notSupported(platform: string, operation: string): AppError {
    return new AppError({
      status: 501,
      title: "Not supported by this platform",
      detail: `The contact center platform (${platform}) does not support ${operation}.`,
      type: "/problems/not-supported-by-platform",
      extensions: { platform, operation },
    });
  }

  static invalid(errors: FieldError[], detail = "Some fields are not valid."): AppError {
    return new AppError({ status: 400, title: "Invalid input", detail, type: "/problems/invalid-input", errors });
  }
}
