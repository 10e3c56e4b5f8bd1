import { UserHistoryEntrySchema, type UserHistory, type UserHistoryQuery } from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";

export interface UserHistoryService {
  /**
   * What was done or tried through Switchboard to the user who holds this login now, newest first,
   * from the audit trail: not a refused create of someone new, not a former holder of the login.
   */
  listHistory(loginId: string, query: UserHistoryQuery): Promise<UserHistory>;
}

/**
 * Read from the audit trail only, never from the platform: the history of a deleted user stays
 * readable, and reading it costs no upstream call.
 */
export function createUserHistoryService(audit: AuditStore): UserHistoryService {
  return {
    async listHistory(loginId, { cursor, limit }) {
      const page = await audit.query({ target: loginId, actionPrefix: "user.", lifeFrom: "user.create", limit, ...(cursor ? { cursor } : {}) });
      // Picked field by field: a supervisor sees who did what, not the address or role they did it from.
      return { records: page.records.map((record) => UserHistoryEntrySchema.parse(record)), nextCursor: page.nextCursor };
    },
  };
}
