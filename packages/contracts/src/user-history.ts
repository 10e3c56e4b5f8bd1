import { z } from "zod";
import { AuditRecordSchema } from "./audit.ts";

/**
 * `GET /api/users/:loginId/history`: the audit records whose target is this login and whose action
 * is about a contact-center user (`user.*`), newest first. Supervisors read it, who may not read the
 * whole trail: so a record comes without the actor's address, role and request id.
 */
export const UserHistoryEntrySchema = z.lazy(() => AuditRecordSchema.unwrap().pick({
  id: true,
  at: true,
  actor: true,
  action: true,
  outcome: true,
  reason: true,
  changes: true,
}));
export type UserHistoryEntry = z.infer<typeof UserHistoryEntrySchema>;

export const UserHistorySchema = z.lazy(() => z.object({
  records: z.array(UserHistoryEntrySchema),
  /** Pass as `cursor` for older records; null on the last page. */
  nextCursor: z.string().nullable(),
}));
export type UserHistory = z.infer<typeof UserHistorySchema>;

export const UserHistoryQuerySchema = z.lazy(() => z.strictObject({
  cursor: z.string().regex(/^\d{1,15}$/, "Use the nextCursor of the previous page.").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type UserHistoryQuery = z.infer<typeof UserHistoryQuerySchema>;
