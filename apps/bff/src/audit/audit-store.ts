import { randomUUID } from "node:crypto";
import { AuditRecordSchema, type AuditChanges, type AuditOutcome, type AuditQuery, type AuditRecord, type Role } from "@switchboard/contracts";
import { z } from "zod";
import type { Sql } from "../db/sql.ts";
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
  begin(attempt: AuditAttempt, at?: Date): Promise<number>;
  /** Names what the attempt is, once a route has recognised it. */
  label(id: number, label: { action: string; target: string | null; actor?: string }): Promise<void>;
  complete(id: number, outcome: AuditOutcomeRecord): Promise<void>;
  /**
   * Marks `interrupted`, with the reason, every record still `pending` that no running instance will
   * finish, and returns how many: those of instances other than this one that were not seen since
   * `liveSince` (db/instances.ts; at start on SQLite, every other instance). A late `complete` still
   * overwrites it.
   */
  markInterrupted(reason: string, liveSince?: number): Promise<number>;
  /**
   * Newest first; the cursor is the id of the last record of the previous page. `actionPrefix` keeps
   * the actions of one kind (`user.` for a user's history); `lifeFrom` keeps one life of the target.
   */
  query(query: AuditQuery & { actionPrefix?: string; lifeFrom?: string }): Promise<{ records: AuditRecord[]; nextCursor: string | null }>;
  /** Runs `work` (begins and completes) as one transaction: one commit, one disk sync, for many records. */
  transaction<T>(work: (audit: AuditStore) => Promise<T>): Promise<T>;
}

/**
 * With `lifeFrom` (a create action), the records of the target's current life: the attempts of that
 * action that did not succeed are left out (they were about someone new, not the one who holds the
 * login), and the life starts at the target's latest successful one. In the WHERE, so paging holds.
 */
function lifeOf(ci: (expr: string) => string, createAction: string, target: string): { sql: string[]; params: string[] } {
  return {
    sql: [
      "NOT (action = ? AND outcome <> 'succeeded')",
      `id >= coalesce((SELECT max(id) FROM audit_events WHERE ${ci("target")} = ? AND action = ? AND outcome = 'succeeded'), 0)`,
    ],
    params: [createAction, target, createAction],
  };
}

const IdRowSchema = z.object({ id: z.number() });

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
    changes: row.changes === null ? null : (JSON.parse(row.changes) as unknown),
  });
}

/**
 * `instanceId` (db/instances.ts) marks the records this process begins, so that another instance on the
 * same database leaves them alone when it marks interrupted ones.
 */
export function createAuditStore(db: Sql, instanceId: string = randomUUID()): AuditStore {
  const ci = db.ci.bind(db);
  return {
    async begin(a, at = new Date()) {
      const row = await db.get(
        `INSERT INTO audit_events (at, actor, role, client_ip, action, target, outcome, request_id, instance_id)
         VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id`,
        [at.toISOString(), a.actor, a.role, a.clientIp, a.action, a.target, a.requestId, instanceId],
      );
      return IdRowSchema.parse(row).id;
    },
    async label(id, l) {
      await db.run("UPDATE audit_events SET action = ?, target = ?, actor = coalesce(?, actor) WHERE id = ?", [l.action, l.target, l.actor ?? null, id]);
    },
    async complete(id, o) {
      const changes = o.changes ? JSON.stringify(redactSecrets(o.changes)) : null;
      await db.run("UPDATE audit_events SET outcome = ?, status = ?, reason = ?, changes = ? WHERE id = ?", [o.outcome, o.status, o.reason, changes, id]);
    },
    async markInterrupted(reason, liveSince = Number.MAX_SAFE_INTEGER) {
      const result = await db.run(
        `UPDATE audit_events SET outcome = 'interrupted', reason = ?
         WHERE outcome = 'pending' AND (instance_id IS NULL OR (instance_id <> ? AND instance_id NOT IN (SELECT id FROM instances WHERE seen_at >= ?)))`,
        [reason, instanceId, liveSince],
      );
      return result.changes;
    },
    transaction(work) {
      return db.transaction((tx) => work(createAuditStore(tx, instanceId)));
    },
    async query(q) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (q.actor) (where.push(`${ci("actor")} = ?`), params.push(q.actor));
      if (q.action) (where.push("action = ?"), params.push(q.action));
      if (q.actionPrefix) (where.push("substr(action, 1, ?) = ?"), params.push(q.actionPrefix.length, q.actionPrefix));
      if (q.target) (where.push(`${ci("target")} = ?`), params.push(q.target));
      if (q.target && q.lifeFrom) {
        const life = lifeOf(ci, q.lifeFrom, q.target);
        (where.push(...life.sql), params.push(...life.params));
      }
      if (q.from) (where.push("at >= ?"), params.push(new Date(q.from).toISOString()));
      if (q.to) (where.push("at <= ?"), params.push(new Date(q.to).toISOString()));
      if (q.cursor && /^\d+$/.test(q.cursor)) (where.push("id < ?"), params.push(Number(q.cursor)));
      const sql = `SELECT * FROM audit_events ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
      const rows = await db.all(sql, [...params, q.limit + 1]);
      const records = rows.slice(0, q.limit).map(toRecord);
      const last = records.at(-1);
      return { records, nextCursor: rows.length > q.limit && last ? String(last.id) : null };
    },
  };
}
