import { AuditRecordSchema, type AuditChanges, type AuditOutcome, type AuditQuery, type AuditRecord, type Role } from "@switchboard/contracts";
import { z } from "zod";
import type { Db } from "../db/database.ts";
import { redactSecrets } from "../logging/redact-secrets.ts";

export interface AuditAttempt {
  actor: string;
  role: Role | null;
  clientIp: string;
  action: string;
  target: string | null;
  requestId: string;
}

export interface AuditOutcomeRecord {
  outcome: Exclude<AuditOutcome, "pending" | "interrupted">;
  status: number;
  reason: string | null;
  changes: AuditChanges | null;
}

export interface AuditStore {
  /** Writes the attempt durably and returns its id; the outcome follows with `complete`. */
  begin(attempt: AuditAttempt, at?: Date): number;
  /** Names what the attempt is, once a route has recognised it. */
  label(id: number, label: { action: string; target: string | null; actor?: string }): void;
  complete(id: number, outcome: AuditOutcomeRecord): void;
  /**
   * Marks every record still `pending` as `interrupted`, with the reason, and returns how many; only
   * at start, before this process writes a record of its own. A late `complete` still overwrites it.
   */
  markInterrupted(reason: string): number;
  /**
   * Newest first; the cursor is the id of the last record of the previous page. `actionPrefix` keeps
   * the actions of one kind (`user.` for a user's history); `lifeFrom` keeps one life of the target.
   */
  query(query: AuditQuery & { actionPrefix?: string; lifeFrom?: string }): { records: AuditRecord[]; nextCursor: string | null };
  /** Runs `work` (begins and completes) as one transaction: one commit, one disk sync, for many records. */
  transaction<T>(work: () => T): T;
}

/**
 * With `lifeFrom` (a create action), the records of the target's current life: the attempts of that
 * action that did not succeed are left out (they were about someone new, not the one who holds the
 * login), and the life starts at the target's latest successful one. In the WHERE, so paging holds.
 */
function lifeOf(createAction: string, target: string): { sql: string[]; params: string[] } {
  return {
    sql: [
      "NOT (action = ? AND outcome <> 'succeeded')",
      `id >= coalesce((SELECT max(id) FROM audit_events WHERE target = ? COLLATE NOCASE AND action = ? AND outcome = 'succeeded'), 0)`,
    ],
    params: [createAction, target, createAction],
  };
}

const RowSchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  role: z.string().nullable(),
  client_ip: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  outcome: z.string(),
  reason: z.string().nullable(),
  status: z.number().nullable(),
  request_id: z.string(),
  changes: z.string().nullable(),
});

function toRecord(raw: unknown): AuditRecord {
  const row = RowSchema.parse(raw);
  return AuditRecordSchema.parse({
    id: row.id,
    at: row.at,
    actor: row.actor,
    role: row.role,
    clientIp: row.client_ip,
    action: row.action,
    target: row.target,
    outcome: row.outcome,
    reason: row.reason,
    status: row.status,
    requestId: row.request_id,
    changes: row.changes === null ? null : JSON.parse(row.changes),
  });
}

export function createAuditStore(db: Db): AuditStore {
  const insert = db.prepare(
    `INSERT INTO audit_events (at, actor, role, client_ip, action, target, outcome, request_id)
     VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`,
  );
  const relabel = db.prepare("UPDATE audit_events SET action = ?, target = ?, actor = coalesce(?, actor) WHERE id = ?");
  const update = db.prepare("UPDATE audit_events SET outcome = ?, status = ?, reason = ?, changes = ? WHERE id = ?");
  const interrupt = db.prepare("UPDATE audit_events SET outcome = 'interrupted', reason = ? WHERE outcome = 'pending'");
  return {
    begin(a, at = new Date()) {
      return Number(insert.run(at.toISOString(), a.actor, a.role, a.clientIp, a.action, a.target, a.requestId).lastInsertRowid);
    },
    label(id, l) {
      relabel.run(l.action, l.target, l.actor ?? null, id);
    },
    complete(id, o) {
      const changes = o.changes ? JSON.stringify(redactSecrets(o.changes)) : null;
      update.run(o.outcome, o.status, o.reason, changes, id);
    },
    markInterrupted(reason) {
      return interrupt.run(reason).changes;
    },
    transaction(work) {
      return db.transaction(work)();
    },
    query(q) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (q.actor) (where.push("actor = ? COLLATE NOCASE"), params.push(q.actor));
      if (q.action) (where.push("action = ?"), params.push(q.action));
      if (q.actionPrefix) (where.push("substr(action, 1, ?) = ?"), params.push(q.actionPrefix.length, q.actionPrefix));
      if (q.target) (where.push("target = ? COLLATE NOCASE"), params.push(q.target));
      if (q.target && q.lifeFrom) {
        const life = lifeOf(q.lifeFrom, q.target);
        (where.push(...life.sql), params.push(...life.params));
      }
      if (q.from) (where.push("at >= ?"), params.push(new Date(q.from).toISOString()));
      if (q.to) (where.push("at <= ?"), params.push(new Date(q.to).toISOString()));
      if (q.cursor && /^\d+$/.test(q.cursor)) (where.push("id < ?"), params.push(Number(q.cursor)));
      const sql = `SELECT * FROM audit_events ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
      const rows = db.prepare(sql).all(...params, q.limit + 1);
      const records = rows.slice(0, q.limit).map(toRecord);
      const last = records.at(-1);
      return { records, nextCursor: rows.length > q.limit && last ? String(last.id) : null };
    },
  };
}
