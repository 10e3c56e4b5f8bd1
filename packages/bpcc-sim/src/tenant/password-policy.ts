import type { SecurityPolicy } from "./types.ts";

/** The tenant's password rules; returns the short text a real tenant answers with, or undefined when the password passes. */
export function checkPassword(password: string, loginId: string, policy: SecurityPolicy): string | undefined {
  const broken =
    password.length < policy.passwordMinLength ||
    (policy.passwordRequiresLetter && !/\p{L}/u.test(password)) ||
    (policy.passwordRequiresDigit && !/\d/.test(password)) ||
    (!policy.passwordMayContainLoginId && loginId.length > 0 && password.toLowerCase().includes(loginId.toLowerCase()));
  return broken ? "password does not comply with the security policy" : undefined;
}
