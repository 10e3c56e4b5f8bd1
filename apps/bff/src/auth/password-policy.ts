import type { FieldError } from "@switchboard/contracts";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** NIST SP 800-63B / OWASP: length, no composition rules. Undefined when acceptable. */
export function checkPassword(password: string, field = "password"): FieldError | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return { field, message: `Use at least ${PASSWORD_MIN} characters.` };
  if (length > PASSWORD_MAX) return { field, message: `Use at most ${PASSWORD_MAX} characters.` };
  return undefined;
}
