import type { Logger } from "pino";
import type { AuditStore } from "./audit-store.ts";

/** Neither success nor failure: the upstream change may or may not have happened. */
export const INTERRUPTED_REASON =
  "The server stopped before this finished, so its outcome is unknown; check the platform for its effect.";

/**
 * At start, before listening: an attempt still `pending` belongs to a process that died between the
 * attempt and its outcome (kill -9, crash, power loss), so it will never finish. Marks each one
 * `interrupted` and logs how many (docs/decisions/010-interrupted-audit-records.md).
 */
export async function reconcileInterruptedRecords(audit: AuditStore, logger: Logger, liveSince?: number): Promise<number> {
  const count = await audit.markInterrupted(INTERRUPTED_REASON, liveSince);
  if (count > 0) logger.warn({ count }, "audit records left pending by an earlier run marked interrupted");
  return count;
}
