import { randomBytes } from "node:crypto";

/** What the BFF remembers between sending a browser to the provider and its return: never in the browser. */
export interface LoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go once signed in: a same-origin path, already checked. */
  next: string;
  expiresAt: number;
}

export interface LoginAttempts {
  /** Keeps the attempt and returns the random id the pre-login cookie carries. */
  put(attempt: LoginAttempt): string;
  /** The attempt, once: taken out whether or not it has expired, so that no return is processed twice. */
  take(id: string, now: number): LoginAttempt | undefined;
}

/** Ten minutes to sign in at the provider: longer than a password prompt and a second factor take. */
export const LOGIN_ATTEMPT_TTL_MS = 10 * 60_000;

/**
 * In memory (one BFF process per store, docs/architecture.md). Anyone may start a sign-in, so the map
 * is bounded: past `limit` the oldest attempt is dropped (its person starts again).
 */
export function createLoginAttempts(limit = 10_000): LoginAttempts {
  const attempts = new Map<string, LoginAttempt>();
  return {
    put(attempt) {
      const id = randomBytes(32).toString("base64url");
      attempts.set(id, attempt);
      if (attempts.size > limit) {
        const oldest = attempts.keys().next();
        if (!oldest.done) attempts.delete(oldest.value);
      }
      return id;
    },
    take(id, now) {
      const attempt = attempts.get(id);
      attempts.delete(id);
      return attempt && attempt.expiresAt > now ? attempt : undefined;
    },
  };
}
