import { randomUUID } from "node:crypto";
import { JOB_RESULT_SCHEMAS, roleCan, type Job, type JobKind, type JobOf, type JobResultOf, type Role } from "@switchboard/contracts";
import type { Logger } from "pino";
import { AppError } from "../errors/app-error.ts";
import { runDetached } from "../platform/request-deadline.ts";
import type { JobRecord, JobStore } from "./job-store.ts";

/** What a job's work gets: its id (for the audit records of its rows) and a way to count progress. */
export interface JobContext {
  readonly jobId: string;
  /** How many items have settled so far; cheap to call after every item (the store is written throttled). */
  progress(done: number): void;
  /**
   * Aborted when the server is told to stop (SIGTERM): the work finishes the items under way, starts no
   * more (fanOut's `signal`) and returns; the runner then records the job interrupted.
   */
  readonly signal: AbortSignal;
}

export interface JobSpec<K extends JobKind> {
  kind: K;
  /** The account that starts it: it and admins see the job. */
  owner: string;
  /** How many items the work will settle (`done` counts up to it). */
  total: number;
  work: (context: JobContext) => Promise<JobResultOf<K>>;
}

export interface Viewer {
  username: string;
  role: Role;
}

export interface JobRunner {
  /** Records the job as running and starts its work apart from the request: the job, as the 202 answers it. */
  start<K extends JobKind>(spec: JobSpec<K>): Promise<JobOf<K>>;
  /**
   * The job as it is now, if `viewer` may see it (its starter, or an admin); else undefined, as for no job
   * at all. A job of another instance shows the progress that instance last wrote.
   */
  get(id: string, viewer: Viewer): Promise<Job | undefined>;
  /**
   * Marks `interrupted` the jobs left running by an instance that is gone (JobStore.interruptRunning); at
   * start, before this runner starts any, and then now and again (db/instances.ts).
   */
  interruptAbandoned(liveSince?: number): Promise<number>;
  /** How many jobs are in each state, every instance's (the metrics' gauge). */
  countByState(): Promise<Record<string, number>>;
  /** Settles when every job this runner started has ended (tests, shutdown). */
  idle(): Promise<void>;
  /**
   * A graceful shutdown's part: every running job finishes the items under way and starts no more, and
   * is recorded `interrupted` with how far it got; settles when all have. No job starts after it.
   */
  stop(): Promise<void>;
}

export interface JobRunnerDeps {
  store: JobStore;
  logger: Logger;
  now?: () => number;
  /** The least time between two progress writes of one job; the latest count is always in memory. */
  progressWriteMs?: number;
}

/** Why a job left `running` by an earlier process ended, as its `problem` says. */
export const INTERRUPTED_JOB_PROBLEM =
  "The server stopped before this job finished. The audit trail shows which users it had done; start it again for the rest.";

/** Why a job ended when the server was told to stop while it ran, as its `problem` says. */
export const STOPPED_JOB_PROBLEM =
  "The server was stopped while this job ran: it finished the users under way and started no more. The audit trail shows which users it had done; start it again for the rest.";

/** A job's failure in words for a person; an unexpected error's details stay in the log. */
function problemOf(error: unknown): string {
  return error instanceof AppError ? error.message : "The job stopped on an unexpected error.";
}

/** An error as a log line's fields: its own name and message only. */
function describe(error: unknown): { name: string; message: string } | string {
  return error instanceof Error ? { name: error.name, message: error.message } : String(error);
}

function toJob(record: JobRecord): Job {
  const { owner: _owner, ...job } = record;
  return job;
}

/**
 * Runs jobs (docs/decisions/018-jobs.md): the work runs detached from the request that started it
 * (no request deadline: each upstream call still has the client's own timeout), its progress is
 * kept in memory and written to the store at most every `progressWriteMs`, and its end (result or
 * failure) is written once. Created once per process.
 */
export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const now = deps.now ?? Date.now;
  const writeEvery = deps.progressWriteMs ?? 500;
  const live = new Map<string, { done: number }>();
  const running = new Set<Promise<void>>();
  const stopping = new AbortController();


  async function run<K extends JobKind>(id: string, spec: JobSpec<K>): Promise<void> {
    const progress = { done: 0 };
    live.set(id, progress);
    let lastWrite = now();
    const context: JobContext = {
      jobId: id,
      signal: stopping.signal,
      progress(done) {
        progress.done = done;
        if (now() - lastWrite >= writeEvery) {
          lastWrite = now();
          // Best effort: a progress write lost to a database hiccup is made good by the next one or the end.
          deps.store.recordProgress(id, done).catch((error: unknown) => deps.logger.warn({ jobId: id, err: describe(error) }, "job progress not recorded"));
        }
      },
    };
    try {
      const result = JOB_RESULT_SCHEMAS[spec.kind].parse(await spec.work(context));
      if (stopping.signal.aborted) {
        await deps.store.finish(id, { state: "interrupted", problem: STOPPED_JOB_PROBLEM, done: progress.done, at: new Date(now()) });
        return;
      }
      await deps.store.finish(id, { state: "succeeded", result, done: spec.total, at: new Date(now()) });
    } catch (error) {
      const stopped = stopping.signal.aborted;
      if (!stopped) deps.logger.error({ jobId: id, kind: spec.kind, err: describe(error) }, "job failed");
      try {
        const ending = stopped ? { state: "interrupted" as const, problem: STOPPED_JOB_PROBLEM } : { state: "failed" as const, problem: problemOf(error) };
        await deps.store.finish(id, { ...ending, done: progress.done, at: new Date(now()) });
      } catch (storeError) {
        // The store is gone (the process is stopping): the job stays running, and the next start interrupts it.
        deps.logger.error({ jobId: id, err: describe(storeError) }, "job's end not recorded");
      }
    } finally {
      live.delete(id);
    }
  }

  return {
    async start(spec) {
      if (stopping.signal.aborted) {
        throw new AppError({ status: 503, title: "Stopping", detail: "The server is stopping: start the job again in a moment.", type: "/problems/stopping" });
      }
      const id = randomUUID();
      const record = await deps.store.create({ id, kind: spec.kind, owner: spec.owner, total: spec.total, startedAt: new Date(now()) });
      // Not under the starting request's deadline: the 202 leaves at once, and the work goes on.
      const done = runDetached(() => run(id, spec));
      running.add(done);
      void done.finally(() => running.delete(done));
      return toJob(record) as JobOf<typeof spec.kind>;
    },
    async get(id, viewer) {
      const record = await deps.store.get(id);
      if (!record || (record.owner !== viewer.username && !roleCan(viewer.role, "readAnyJob"))) return undefined;
      const progress = live.get(id);
      const job = toJob(record);
      return progress && job.state === "running" ? { ...job, done: progress.done } : job;
    },
    countByState: () => deps.store.countByState(),
    async interruptAbandoned(liveSince) {
      const count = await deps.store.interruptRunning(INTERRUPTED_JOB_PROBLEM, new Date(now()), liveSince);
      if (count > 0) deps.logger.warn({ count }, "jobs left running by an instance that stopped marked interrupted");
      return count;
    },
    async stop() {
      stopping.abort();
      await this.idle();
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
