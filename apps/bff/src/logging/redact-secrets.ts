/** A key that names a secret, at any depth: passwords, client secrets, tokens, cookies, Authorization. */
const SECRET_KEY = /pass(word)?|secret|token|cookie|authorization/i;

export const CENSOR = "[redacted]";

/** Deep enough for `err.config.headers.authorization`; also the end of a reference cycle. */
const MAX_DEPTH = 8;

type Walkable = Record<string, unknown>;

/**
 * Data code puts in a log line or an audit record: plain objects, arrays and errors. Anything else (a
 * request, a socket) is left to pino's serializers, which keep only named fields (http/request-logging.ts).
 */
function isWalkable(value: unknown): value is Walkable {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value) || value instanceof Error) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function copyOf(value: Walkable): Walkable {
  if (Array.isArray(value)) return [...(value as unknown[])] as unknown as Walkable;
  // An error keeps its prototype, name, message and stack: pino's error serializer reads them.
  if (value instanceof Error) return Object.create(Object.getPrototypeOf(value) as object, Object.getOwnPropertyDescriptors(value)) as Walkable;
  return { ...value };
}

/**
 * The value with every secret-named field censored, however deep, so that a password reaches neither
 * the log nor the audit trail. A true/false is kept: it says whether (`changePassword: true`), never
 * what, and cannot hold a secret.
 *
 * Copy on write: a value without secrets comes back as it is, allocating nothing (every request's log
 * line), and only the branch that holds one is copied, so the caller's object never changes. pino's
 * own `redact` paths (`*.*.password`) cloned and re-parsed per line and, under load, allocated more
 * than everything else the BFF does for a request together.
 */
export function redactSecrets<T>(value: T): T {
  return redactAt(value, 0) as T;
}

function redactAt(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH || !isWalkable(value)) return value;
  let copy: Walkable | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const inner = value[key];
    const replaced = SECRET_KEY.test(key) && typeof inner !== "boolean" ? CENSOR : redactAt(inner, depth + 1);
    if (replaced === inner) continue;
    copy ??= copyOf(value);
    copy[key] = replaced;
  }
  return copy ?? value;
}
