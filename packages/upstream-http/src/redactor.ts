/** Replaces every secret a client knows of before upstream text reaches an error or a log. */
export type Redactor = {
  /** A secret learnt at run time (a token, a session cookie); the last few are kept. */
  remember(value: string): void;
  redact(text: string): string;
};

const REDACTED = "[redacted]";

/**
 * `secrets` are the fixed ones (a client secret, a password, a Basic header). Learnt values rotate
 * (tokens hourly, session cookies): an upstream that echoes one may echo one of the last few.
 */
export function createRedactor(secrets: readonly string[], rememberedValues = 4): Redactor {
  const learnt: string[] = [];
  return {
    remember(value) {
      if (!value || learnt.includes(value)) return;
      learnt.push(value);
      if (learnt.length > rememberedValues) learnt.shift();
    },
    redact(text) {
      let result = text;
      for (const value of [...secrets, ...learnt]) {
        for (const form of listEncodedForms(value)) result = result.split(form).join(REDACTED);
      }
      return result;
    },
  };
}

/**
 * The same redactor, also hiding `secrets` that belong to one call only (a new user's password), so
 * that they need not take the place of a remembered token or session cookie.
 */
export function withCallSecrets(redactor: Redactor, secrets: readonly string[]): Redactor {
  if (secrets.length === 0) return redactor;
  const scoped = createRedactor(secrets, 0);
  return { remember: (value) => redactor.remember(value), redact: (text) => scoped.redact(redactor.redact(text)) };
}

/** The raw value and the ways a form body or a URL would spell it, should the upstream echo one. */
function listEncodedForms(value: string): string[] {
  const forms = [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)];
  return [...new Set(forms)].filter((form) => form.length > 0);
}
