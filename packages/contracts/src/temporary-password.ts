import { z } from "zod";

/**
 * The rules a typed temporary password must meet before Switchboard sends it: those of Bright
 * Pattern's default security policy (at least 8 characters, a letter and a digit, not containing the
 * username), which the simulator enforces too. A tenant may be configured stricter; its refusal then
 * comes back from the BFF as an error on the `password` field. Both the SPA (as the person types) and
 * the BFF (before calling the platform) check with this one function; the BFF then also refuses the
 * most common passwords, whose list it alone holds (apps/bff/src/auth/password-policy.ts).
 */
export const TEMPORARY_PASSWORD_MIN_LENGTH = 8;
export const TEMPORARY_PASSWORD_MAX_LENGTH = 128;
export const TEMPORARY_PASSWORD_HINT = `At least ${TEMPORARY_PASSWORD_MIN_LENGTH} characters, with a letter and a digit, not containing the login.`;

/** Why this password may not be set for `loginId`, or undefined when it may. */
export function temporaryPasswordProblem(password: string, loginId: string): string | undefined {
  const length = [...password].length;
  if (length === 0) return "Enter a password, or generate one.";
  if (length < TEMPORARY_PASSWORD_MIN_LENGTH) return `Use at least ${TEMPORARY_PASSWORD_MIN_LENGTH} characters.`;
  if (length > TEMPORARY_PASSWORD_MAX_LENGTH) return `Use at most ${TEMPORARY_PASSWORD_MAX_LENGTH} characters.`;
  if (/[\u0000-\u001f\u007f]/.test(password)) return "Use only characters that can be typed.";
  if (password.trim() !== password) return "Do not start or end with a space: it is easily lost when read out or copied.";
  if (!/\p{L}/u.test(password)) return "Include at least one letter.";
  if (!/[0-9]/.test(password)) return "Include at least one digit (0–9).";
  if (loginId !== "" && password.toLowerCase().includes(loginId.toLowerCase())) return "Do not include the login.";
  return undefined;
}

/** `POST /api/users/:loginId/password`: a typed password, or none to have one generated. */
export const ResetPasswordRequestSchema = z.lazy(() => z.strictObject({
  password: z.string({ error: "Send the password as text." }).optional(),
}));
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequestSchema>;

/**
 * The answer to a reset. A generated password comes back this once and is stored nowhere; a typed
 * one is not echoed. Either way the user must choose a new password at the next sign-in.
 */
export const ResetPasswordResponseSchema = z.lazy(() => z.object({
  loginId: z.string(),
  generated: z.boolean(),
  temporaryPassword: z.string().optional(),
  changePassword: z.literal(true),
}));
export type ResetPasswordResponse = z.infer<typeof ResetPasswordResponseSchema>;
