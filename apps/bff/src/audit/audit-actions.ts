/**
 * Every action name the audit trail can hold, so the SPA's filter can offer them. A route's
 * `audited(action)` must use one of these (test/security/audit-trail.test.ts holds the routes to it);
 * add one line per new action.
 */
export const AUDIT_ACTIONS = [
  "session.sign_in",
  "session.sign_out",
  // Dashboard accounts, from the API or the `pnpm accounts` CLI (actor `cli:<OS user>`).
  "account.create",
  "account.update",
  "account.remove",
  // A state-changing request refused before any route recognised it (no session, cross-site, no such route).
  "http.post",
  "http.put",
  "http.patch",
  "http.delete",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
