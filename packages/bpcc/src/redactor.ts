/** Replaces every secret this client knows of before upstream text reaches an error or a log. */
export type Redactor = {
  remember(value: string): void;
  redact(text: string): string;
};

const REDACTED = "[redacted]";
// Tokens rotate hourly; an upstream that echoes one may echo one of the last few.
const REMEMBERED_TOKENS = 4;

export function createRedactor(secret: string): Redactor {
  const tokens: string[] = [];
  return {
    remember(value) {
      if (!value || tokens.includes(value)) return;
      tokens.push(value);
      if (tokens.length > REMEMBERED_TOKENS) tokens.shift();
    },
    redact(text) {
      let result = text;
      for (const value of [secret, ...tokens]) {
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
