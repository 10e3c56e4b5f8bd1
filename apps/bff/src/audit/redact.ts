const SECRET_KEY = /pass(word)?|secret|token|cookie|authorization/i;

/**
 * Deep copy with every secret-looking value replaced, so a password never reaches the audit trail.
 * A true/false is kept: it says whether (`changePassword: true`), never what, and cannot hold a secret.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) && typeof inner !== "boolean" ? "[redacted]" : redactSecrets(inner)]),
    );
  }
  return value;
}
