import { randomUUID } from "node:crypto";
import { JobKindSchema, JobSchema, JobStateSchema, type Job, type JobKind } from "@switchboard/contracts";
import { z } from "zod";
import type { Sql } from "../db/sql.ts";

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
  | { state: "failed" | "interrupted"; problem: string; done: number; at: Date };

/** Where jobs are kept: the BFF's database (SQLite or PostgreSQL, db/sql.ts), so any instance can show any job. */
export interface JobStore {
  create(job: NewJob): Promise<JobRecord>;
  /** How many items have settled; written throttled by the runner. */
  recordProgress(id: string, done: number): Promise<void>;
  /** Once, when the work ends; a job already ended (interrupted) is left as it is. */
  finish(id: string, ending: JobEnding): Promise<void>;
  get(id: string): Promise<JobRecord | undefined>;
  /**
   * Every job still `running` that no running instance will finish (as AuditStore.markInterrupted:
   * another instance's, not seen since `liveSince`) is `interrupted`; answers how many.
   */
  interruptRunning(problem: string, at: Date, liveSince?: number): Promise<number>;
  /** How many jobs are in each state (the metrics' gauge). */
  countByState(): Promise<Record<string, number>>;
}

const CountRowSchema = z.object({ state: z.string(), count: z.coerce.number() });

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
    ...(row.result === null ? {} : { result: JSON.parse(row.result) as unknown }),
    ...(row.problem === null ? {} : { problem: row.problem }),
  });
  return { ...job, owner: row.owner };
}

/** `instanceId` (db/instances.ts) marks the jobs this process runs. */
export function createJobStore(db: Sql, instanceId: string = randomUUID()): JobStore {
  const get = async (id: string) => {
    const row = await db.get("SELECT * FROM jobs WHERE id = ?", [id]);
    return row === undefined ? undefined : toRecord(row);
  };
  return {
    async create(job) {
      const sql = `INSERT INTO jobs (id, kind, owner, state, done, total, started_at, instance_id) VALUES (?, ?, ?, 'running', 0, ?, ?, ?) RETURNING *`;
      return toRecord(await db.get(sql, [job.id, job.kind, job.owner, job.total, job.startedAt.toISOString(), instanceId]));
    },
    async recordProgress(id, done) {
      await db.run("UPDATE jobs SET done = ? WHERE id = ? AND state = 'running'", [done, id]);
    },
    async finish(id, ending) {
      const result = ending.state === "succeeded" ? JSON.stringify(ending.result) : null;
      const problem = ending.state === "succeeded" ? null : ending.problem;
      await db.run("UPDATE jobs SET state = ?, done = ?, finished_at = ?, result = ?, problem = ? WHERE id = ? AND state = 'running'", [
        ending.state,
        ending.done,
        ending.at.toISOString(),
        result,
        problem,
        id,
      ]);
    },
    get,
    async countByState() {
      const rows = await db.all("SELECT state, count(*) AS count FROM jobs GROUP BY state");
      return Object.fromEntries(rows.map((row) => CountRowSchema.parse(row)).map(({ state, count }) => [state, count]));
    },
    async interruptRunning(problem, at, liveSince = Number.MAX_SAFE_INTEGER) {
      const result = await db.run(
        `UPDATE jobs SET state = 'interrupted', finished_at = ?, problem = ?
         WHERE state = 'running' AND (instance_id IS NULL OR (instance_id <> ? AND instance_id NOT IN (SELECT id FROM instances WHERE seen_at >= ?)))`,
        [at.toISOString(), problem, instanceId, liveSince],
      );
      return result.changes;
    },
  };
}
