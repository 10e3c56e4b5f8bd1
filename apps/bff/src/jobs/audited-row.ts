import { EDIT_CONFLICT_TYPE, type AuditChanges, type Role } from "@switchboard/contracts";
import type { AuditStore } from "../audit/audit-store.ts";
import type { TeamScope } from "../auth/team-scope.ts";
import { classify } from "../errors/error-middleware.ts";

/** Who started the job, as each of its rows' audit records names them. */
export interface JobActor {
  username: string;
  role: Role;
  /** The starter's team scope (decision 023): the job acts only on users of these teams; null: all. */
  teams: TeamScope;
  clientIp: string;
}

export interface AuditedRow {
  jobId: string;
  actor: JobActor;
  action: string;
  target: string;
}

/**
 * A job's audit writes, committed together: every begin and complete asked for in one turn of the
 * event loop (the rows a fan-out starts at once, the answers that arrive together) is written in one
 * transaction at the end of that turn. Each commit syncs the disk (SQLite's synchronous = FULL
 * blocks the one JavaScript thread while it does; PostgreSQL's is a round trip and a WAL flush), so a
 * commit per record made a 1,000-row import spend most of its time in fsync (bench row 15). A row still waits for its `pending` record to be
 * committed before its write starts, so the trail's promise is the same.
 */
interface AuditBatch {
  run<T>(write: (audit: AuditStore) => Promise<T>): Promise<T>;
}

const batches = new WeakMap<AuditStore, AuditBatch>();

interface QueuedWrite {
  write: (audit: AuditStore) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Written = { ok: true; value: unknown } | { ok: false; error: unknown };

function batchOf(audit: AuditStore): AuditBatch {
  const existing = batches.get(audit);
  if (existing) return existing;
  let queued: QueuedWrite[] = [];
  const flush = async () => {
    const writes = queued;
    queued = [];
    let written: Written[];
    try {
      written = await audit.transaction(async (tx) => {
        const outcomes: Written[] = [];
        for (const { write } of writes) {
          try {
            outcomes.push({ ok: true, value: await write(tx) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
        return outcomes;
      });
    } catch (error) {
      // The commit failed (the store is closing, the database is gone): nothing of this turn was written, and each row says so.
      for (const { reject } of writes) reject(error);
      return;
    }
    // Only once committed: a row's write starts after its `pending` record is on disk.
    for (const [index, outcome] of written.entries()) {
      const queuedWrite = writes[index];
      if (!queuedWrite) continue;
      if (outcome.ok) queuedWrite.resolve(outcome.value);
      else queuedWrite.reject(outcome.error);
    }
  };
  const batch: AuditBatch = {
    run<T>(write: (audit: AuditStore) => Promise<T>) {
      return new Promise<T>((resolve, reject) => {
        if (queued.length === 0) setImmediate(() => void flush());
        queued.push({ write, resolve: resolve as (value: unknown) => void, reject });
      });
    },
  };
  batches.set(audit, batch);
  return batch;
}

/**
 * One audit record for one row a job changes, written as the `audited` middleware writes a request's:
 * the attempt (`pending`) before the work, the outcome after it. A row whose process died in
 * between stays `pending` and is marked `interrupted` at the next start, so the trail tells the rows
 * an interrupted job finished from the one it was doing. `job:<id>` stands as the request id, to
 * find a job's rows. The work answers what changed; `null` writes no change. The writes of rows
 * running together are committed together (`batchOf`).
 */
export async function auditedRow<T>(audit: AuditStore, row: AuditedRow, work: () => Promise<{ value: T; changes: AuditChanges | null }>): Promise<T> {
  const batch = batchOf(audit);
  const id = await batch.run((tx) =>
    tx.begin({
      actor: row.actor.username,
      role: row.actor.role,
      clientIp: row.actor.clientIp,
      action: row.action,
      target: row.target,
      requestId: `job:${row.jobId}`,
    }),
  );
  try {
    const { value, changes } = await work();
    await batch.run((tx) => tx.complete(id, { outcome: "succeeded", status: 200, reason: null, changes }));
    return value;
  } catch (error) {
    const problem = classify(error);
    await batch.run((tx) => tx.complete(id, { outcome: problem.status < 500 ? "refused" : "failed", status: problem.status, reason: problem.message, changes: null }));
    throw error;
  }
}

/**
 * One row's failure in a few words for a job's result: an edit conflict as `conflict` says it, else
 * the first field error's message or the problem's detail (an unexpected error's own words stay in
 * the log).
 */
export function problemOfRow(error: unknown, conflict: string): string {
  const problem = classify(error);
  if (problem.type === EDIT_CONFLICT_TYPE) return conflict;
  return problem.errors?.[0]?.message ?? problem.message;
}
