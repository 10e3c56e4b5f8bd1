import { z } from "zod";
import { RoleSchema } from "./permissions.ts";

/**
 * `pending`: the attempt is written, its outcome not yet. `interrupted`: the process stopped before
 * the outcome was written, so whether the change took effect is unknown (the next start marks every
 * `pending` record left over so; docs/decisions/010-interrupted-audit-records.md).
 */
export const AuditOutcomeSchema = z.lazy(() => z.enum(["pending", "succeeded", "refused", "failed", "interrupted"]));
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

/**
 * Every action name the audit trail can hold: the BFF's routes may record only these (its
 * test/security/audit-trail.test.ts holds them to it), and the SPA's filter offers them.
 * Add one line per new action.
 */
export const AUDIT_ACTIONS = [
  "session.sign_in",
  "session.sign_out",
  // Single sign-on through the identity provider (decision 021): a sign-in, and a person it gives no role.
  "session.sso_sign_in",
  "session.sso_refused",
  // Dashboard accounts, from the API or the `pnpm accounts` CLI (actor `cli:<OS user>`).
  "account.create",
  "account.update",
  "account.remove",
  // Contact-center users, as the helpdesk changes them.
  "user.unlock",
  "user.reset_password",
  // Contact-center users, as supervisors (update) and admins (create, delete) change them.
  "user.create",
  "user.update",
  "user.delete",
  // Starting a job, one action per kind (docs/decisions/018-jobs.md). Each user a job changes gets a
  // record of its own besides, with the single change's action (user.update) and `job:<id>` as its request.
  "locks.scan",
  "users.bulk",
  "users.export",
  // A users CSV checked against the tenant (a dry run: nothing changed), supervisors and admins.
  "users.import_preview",
  // The user index read again from the platform on demand.
  "user_index.refresh",
  // Applying a users CSV (a job; each row it writes audited as user.create / user.update / user.delete).
  "users.import",
  // A state-changing request refused before any route recognised it (no session, cross-site, no such route).
  "http.post",
  "http.put",
  "http.patch",
  "http.delete",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a change did: the values before and after, secrets already redacted. */
export const AuditChangesSchema = z.lazy(() => z.object({
  before: z.record(z.string(), z.unknown()).optional(),
  after: z.record(z.string(), z.unknown()).optional(),
}));
export type AuditChanges = z.infer<typeof AuditChangesSchema>;

export const AuditRecordSchema = z.lazy(() => z.object({
  id: z.number().int(),
  /** ISO 8601, UTC. */
  at: z.string(),
  actor: z.string(),
  role: RoleSchema.nullable(),
  clientIp: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: AuditOutcomeSchema,
  reason: z.string().nullable(),
  status: z.number().int().nullable(),
  requestId: z.string(),
  changes: AuditChangesSchema.nullable(),
}));
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

export const AuditQuerySchema = z.lazy(() => z.object({
  actor: z.string().trim().max(128).optional(),
  action: z.string().trim().max(64).optional(),
  target: z.string().trim().max(256).optional(),
  from: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).optional(),
  to: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
}));
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = z.lazy(() => z.object({
  records: z.array(AuditRecordSchema),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
}));
export type AuditPage = z.infer<typeof AuditPageSchema>;
