import { AUDIT_ACTIONS, type AuditAction } from "@switchboard/contracts";
import type { SelectOption } from "@/components/ui/select-field";

/** In words, as the attempt (the outcome says how it ended); one this version does not know shows by its name. */
const LABELS: Readonly<Record<string, string | undefined>> = {
  "session.sign_in": "Sign in",
  "session.sign_out": "Sign out",
  "session.sso_sign_in": "Sign in through the identity provider",
  "session.sso_refused": "Refused by role mapping (identity provider)",
  "account.create": "Create account",
  "account.update": "Change account",
  "account.remove": "Remove account",
  "user.unlock": "Unlock user",
  "user.reset_password": "Reset user’s password",
  "user.create": "Create user",
  "user.update": "Change user",
  "user.delete": "Delete user",
  "locks.scan": "Scan for locked users",
  "users.bulk": "Bulk edit users",
  "users.import_preview": "Preview users import",
  "users.import": "Apply users import",
  // Stopped before any route recognised them: no session, cross-site, no such route.
  "http.post": "Refused request (POST)",
  "http.put": "Refused request (PUT)",
  "http.patch": "Refused request (PATCH)",
  "http.delete": "Refused request (DELETE)",
} satisfies Partial<Record<AuditAction, string>>;

export function actionLabel(action: string): string {
  return (Object.hasOwn(LABELS, action) && LABELS[action]) || action;
}

/** Every known action, plus the one in the address if it is not among them (a newer server's). */
export function actionOptions(current: string | undefined): SelectOption[] {
  const actions: string[] = [...AUDIT_ACTIONS];
  if (current && !actions.includes(current)) actions.push(current);
  return [
    { value: "", label: "Any action" },
    ...actions.map((action) => ({ value: action, label: `${actionLabel(action)} (${action})` })),
  ];
}
