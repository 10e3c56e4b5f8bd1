/**
 * The action names live in the contracts, so the SPA's audit filter offers the same list the routes
 * are held to (test/security/audit-trail.test.ts). Add a new action there.
 */
export { AUDIT_ACTIONS, type AuditAction } from "@switchboard/contracts";
