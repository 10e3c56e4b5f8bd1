import type { Redactor, ResponseHeaders } from "@switchboard/upstream-http";

/** The server's `JSESSIONID` and CSRF header, learnt from its answers and sent back with each call. */
export type Session = {
  /** Reads `Set-Cookie: JSESSIONID=…` and the `X-CSRF-HEADER`/`X-CSRF-TOKEN` pair from any answer. */
  absorb(headers: ResponseHeaders): void;
  /** The cookie, and on a write the CSRF header, for the next request. */
  headersFor(method: string): Record<string, string>;
  /** The token refused with a 403: forgotten so that a refresh must bring a new one. */
  forgetCsrf(): void;
  /**
   * The cookie and token in use, to scrub from every error whatever else rotated since; the
   * redactor remembers the last few earlier ones.
   */
  listSecrets(): string[];
};

// RFC 9110 token characters: a header name from the server is used only if undici can send it, and
// never one of the headers this client sets itself.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const OWN_HEADERS = new Set(["accept", "authorization", "content-type", "cookie", "host", "user-agent", "content-length"]);
const SESSION_COOKIE = /(?:^|;\s*)JSESSIONID=([^;\s]+)/;

export function createSession(redactor: Redactor): Session {
  let sessionId: string | undefined;
  let csrf: { header: string; token: string } | undefined;

  return {
    absorb(headers) {
      for (const cookie of listValues(headers["set-cookie"])) {
        const match = SESSION_COOKIE.exec(cookie);
        if (!match?.[1]) continue;
        sessionId = match[1];
        redactor.remember(sessionId);
      }
      const header = listValues(headers["x-csrf-header"])[0]?.trim();
      const token = listValues(headers["x-csrf-token"])[0]?.trim();
      if (header && token && HEADER_NAME.test(header) && !OWN_HEADERS.has(header.toLowerCase())) {
        csrf = { header, token };
        redactor.remember(token);
      }
    },
    headersFor(method) {
      const headers: Record<string, string> = {};
      if (sessionId) headers["cookie"] = `JSESSIONID=${sessionId}`;
      if (csrf && method !== "GET") headers[csrf.header.toLowerCase()] = csrf.token;
      return headers;
    },
    forgetCsrf() {
      csrf = undefined;
    },
    listSecrets: () => [sessionId, csrf?.token].filter((value) => value !== undefined),
  };
}

function listValues(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
