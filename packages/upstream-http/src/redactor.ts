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

/** The raw value and the ways a form body or a URL would spell it, should the upstream echo one. */
function listEncodedForms(value: string): string[] {
  const forms = [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)];
  return [...new Set(forms)].filter((form) => form.length > 0);
}
