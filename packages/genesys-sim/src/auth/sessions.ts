import { randomBytes, randomUUID } from "node:crypto";

export interface Session {
  id: string;
  /** The CSRF token bound to this session; writes must send it. */
  csrfToken: string;
}

/**
 * `JSESSIONID` sessions, as the servlet container behind GWS keeps them. The CSRF token lives in
 * the session, so a client that drops the cookie gets a new session and its old token no longer holds.
 */
export class SessionStore {
  private sessions = new Map<string, Session>();

  /** A client without a cookie jar opens a session per call; past this many, the oldest are forgotten, as idle ones expire on a server. */
  private readonly limit: number;

  constructor(limit = 10_000) {
    this.limit = limit;
  }

  find(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  open(): Session {
    // Tomcat's shape: 32 upper-case hex characters.
    const session = { id: randomBytes(16).toString("hex").toUpperCase(), csrfToken: randomUUID() };
    this.sessions.set(session.id, session);
    if (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    return session;
  }

  /** Every session's token is replaced: the next write with the old one gets 403, the next GET answers the new one. */
  rotateCsrfTokens(): void {
    for (const session of this.sessions.values()) session.csrfToken = randomUUID();
  }

  /** Forgets every session: the next call opens a new one (with a new token). */
  expireAll(): void {
    this.sessions = new Map();
  }

  get size(): number {
    return this.sessions.size;
  }
}
