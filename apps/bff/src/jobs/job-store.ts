import { JobKindSchema, JobSchema, JobStateSchema, type Job, type JobKind } from "@switchboard/contracts";
import { z } from "zod";
import type { Db } from "../db/database.ts";

/** A job as stored: the API's job plus who started it (only they and admins may see it). */
export type JobRecord = Job & { owner: string };

export interface NewJob {
  id: string;
  kind: JobKind;
  owner: string;
  total: number;
  startedAt: Date;
}

export type JobEnding =
  | { state: "succeeded"; result: unknown; done: number; at: Date }
  | { state: "failed"; problem: string; done: number; at: Date };

/**
 * Where jobs are kept. SQLite now (`createSqliteJobStore`); issue 15 adds PostgreSQL behind the same
 * interface, so nothing above it names a database.
 */
export interface JobStore {
  create(job: NewJob): JobRecord;
  /** How many items have settled; written throttled by the runner. */
  recordProgress(id: string, done: number): void;
  /** Once, when the work ends; a job already ended (interrupted) is left as it is. */
  finish(id: string, ending: JobEnding): void;
  get(id: string): JobRecord | undefined;
  /** At start, before any job of this process runs: every job still `running` is `interrupted`; answers how many. */
  interruptRunning(problem: string, at: Date): number;
}

const RowSchema = z.object({
  id: z.string(),
  kind: JobKindSchema,
  owner: z.string(),
  state: JobStateSchema,
  done: z.number().int(),
  total: z.number().int(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  result: z.string().nullable(),
  problem: z.string().nullable(),
});

function toRecord(raw: unknown): JobRecord {
  const row = RowSchema.parse(raw);
  const job = JobSchema.parse({
    id: row.id,
    kind: row.kind,
    state: row.state,
    done: row.done,
    total: row.total,
    startedAt: row.started_at,
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    ...(row.result === null ? {} : { result: JSON.parse(row.result) }),
    ...(row.problem === null ? {} : { problem: row.problem }),
  });
  return { ...job, owner: row.owner };
}

export function createSqliteJobStore(db: Db): JobStore {
  const insert = db.prepare(`INSERT INTO jobs (id, kind, owner, state, done, total, started_at) VALUES (?, ?, ?, 'running', 0, ?, ?)`);
  const progress = db.prepare(`UPDATE jobs SET done = ? WHERE id = ? AND state = 'running'`);
  const finish = db.prepare(`UPDATE jobs SET state = ?, done = ?, finished_at = ?, result = ?, problem = ? WHERE id = ? AND state = 'running'`);
  const select = db.prepare(`SELECT * FROM jobs WHERE id = ?`);
  const interrupt = db.prepare(`UPDATE jobs SET state = 'interrupted', finished_at = ?, problem = ? WHERE state = 'running'`);
  return {
    create(job) {
      insert.run(job.id, job.kind, job.owner, job.total, job.startedAt.toISOString());
      return toRecord(select.get(job.id));
    },
    recordProgress(id, done) {
      progress.run(done, id);
    },
    finish(id, ending) {
      const result = ending.state === "succeeded" ? JSON.stringify(ending.result) : null;
      const problem = ending.state === "failed" ? ending.problem : null;
      finish.run(ending.state, ending.done, ending.at.toISOString(), result, problem, id);
    },
    get(id) {
      const row = select.get(id);
      return row === undefined ? undefined : toRecord(row);
    },
    interruptRunning(problem, at) {
      return interrupt.run(at.toISOString(), problem).changes;
    },
  };
}
