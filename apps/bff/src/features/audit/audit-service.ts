import type { AuditPage, AuditQuery, AuditRecord } from "@switchboard/contracts";
import type { AuditStore } from "../../audit/audit-store.ts";
import { AppError } from "../../errors/app-error.ts";

export interface AuditService {
  /** One page, newest first; `nextCursor` continues with older records. */
  page(query: AuditQuery): Promise<AuditPage>;
  /**
   * Every record the query's filters match, newest first, read a page at a time so an export never
   * holds the trail in memory. Its cursor and limit are ignored: they page a screen, not a file.
   */
  all(query: AuditQuery): AsyncIterable<AuditRecord>;
}

const EXPORT_PAGE = 500;

export function createAuditService(store: AuditStore): AuditService {
  return {
    async page(query) {
      // The store would read an unknown cursor as "from the start": that is a wrong answer, not a page.
      if (query.cursor !== undefined && !/^[1-9]\d{0,15}$/.test(query.cursor)) {
        throw AppError.invalid([{ field: "cursor", message: "Use the nextCursor of a previous page." }]);
      }
      return store.query(query);
    },
    async *all({ actor, action, target, from, to }) {
      let cursor: string | undefined;
      do {
        const page = await store.query({ actor, action, target, from, to, cursor, limit: EXPORT_PAGE });
        yield* page.records;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },
  };
}
