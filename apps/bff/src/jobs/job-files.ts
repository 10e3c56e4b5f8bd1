import { z } from "zod";
import type { Sql } from "../db/sql.ts";

/** A file a job made (a users export), kept with the job for its starter to download. */
export interface JobFile {
  name: string;
  contentType: string;
  content: Uint8Array;
  createdAt: Date;
}

/**
 * Where jobs keep their files: beside the jobs, in the BFF's database (SQLite or PostgreSQL). A file holds the tenant's personal data (names, e-mail addresses, phones), so it is
 * kept only `retentionMs` (a day): each `put` first deletes the files older than that.
 */
export interface JobFileStore {
  put(jobId: string, file: JobFile): Promise<void>;
  /** The file, while it is kept. */
  get(jobId: string): Promise<JobFile | undefined>;
  /** When a file made at `createdAt` stops being kept. */
  expiresAt(createdAt: Date): Date;
}

/** How long an export's file is kept: long enough to come back to, short for a copy of the tenant's personal data. */
export const JOB_FILE_RETENTION_MS = 24 * 60 * 60 * 1000;

const RowSchema = z.object({
  name: z.string(),
  content_type: z.string(),
  content: z.instanceof(Uint8Array),
  created_at: z.string(),
});

export function createJobFileStore(db: Sql, options: { now?: () => number; retentionMs?: number } = {}): JobFileStore {
  const now = options.now ?? Date.now;
  const retentionMs = options.retentionMs ?? JOB_FILE_RETENTION_MS;
  const cutoff = () => new Date(now() - retentionMs).toISOString();
  return {
    async put(jobId, file) {
      await db.transaction(async (tx) => {
        await tx.run("DELETE FROM job_files WHERE created_at < ?", [cutoff()]);
        await tx.run(
          `INSERT INTO job_files (job_id, name, content_type, content, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (job_id) DO UPDATE SET name = excluded.name, content_type = excluded.content_type, content = excluded.content, created_at = excluded.created_at`,
          [jobId, file.name, file.contentType, file.content, file.createdAt.toISOString()],
        );
      });
    },
    async get(jobId) {
      const raw = await db.get("SELECT name, content_type, content, created_at FROM job_files WHERE job_id = ? AND created_at >= ?", [jobId, cutoff()]);
      if (raw === undefined) return undefined;
      const row = RowSchema.parse(raw);
      return { name: row.name, contentType: row.content_type, content: row.content, createdAt: new Date(row.created_at) };
    },
    expiresAt(createdAt) {
      return new Date(createdAt.getTime() + retentionMs);
    },
  };
}
