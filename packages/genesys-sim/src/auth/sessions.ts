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

  find(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  open(): Session {
    // Tomcat's shape: 32 upper-case hex characters.
    const session = { id: randomBytes(16).toString("hex").toUpperCase(), csrfToken: randomUUID() };
    this.sessions.set(session.id, session);
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
