import { z } from "zod";
import { SkillLevelSchema, SkillNameSchema, TeamNameSchema } from "./user-fields.ts";
import { UsersExportResultSchema } from "./users-export.ts";

/**
 * Work that touches many users runs as a job (docs/decisions/018-jobs.md): the POST that starts it
 * answers 202 with `Location: /api/jobs/<id>` and the job; `GET /api/jobs/<id>` answers it as it is
 * now. A job left `running` by a stopped server is `interrupted` at the next start.
 */
export const JOB_STATES = ["running", "succeeded", "failed", "interrupted"] as const;
export const JobStateSchema = z.lazy(() => z.enum(JOB_STATES));
export type JobState = z.infer<typeof JobStateSchema>;

/**
 * `locks.scan`: every user of the directory whose account is locked out, when the scan ended, and
 * the users whose lock state could not be read (after the client's retries) rather than a failed scan.
 */
export const LockScanResultSchema = z.lazy(() => z.object({
  lockedOut: z.array(z.string()),
  unreadable: z.array(z.string()),
  scannedAt: z.iso.datetime(),
}));
export type LockScanResult = z.infer<typeof LockScanResultSchema>;

export const BULK_EDIT_OUTCOMES = ["updated", "unchanged", "failed"] as const;

/** What a bulk edit did to one user; `problem` says why it failed. */
export const BulkEditOutcomeSchema = z.lazy(() => z.object({
  loginId: z.string(),
  outcome: z.enum(BULK_EDIT_OUTCOMES),
  problem: z.string().optional(),
}));
export type BulkEditOutcome = z.infer<typeof BulkEditOutcomeSchema>;

/** `users.bulk`: one outcome per login asked for, in the order asked. */
export const BulkEditResultSchema = z.lazy(() => z.object({ outcomes: z.array(BulkEditOutcomeSchema) }));
export type BulkEditResult = z.infer<typeof BulkEditResultSchema>;

export const IMPORT_APPLY_OUTCOMES = ["created", "updated", "deleted", "unchanged", "failed"] as const;
export const ImportApplyOutcomeSchema = z.lazy(() => z.enum(IMPORT_APPLY_OUTCOMES));
export type ImportApplyOutcome = z.infer<typeof ImportApplyOutcomeSchema>;

/** What applying an import did with one row of the file; `problem` says why it failed. Never a password. */
export const ImportApplyRowSchema = z.lazy(() => z.object({
  /** The row number a spreadsheet shows (the header is row 1), as in the preview. */
  row: z.number().int().min(2),
  loginId: z.string(),
  outcome: ImportApplyOutcomeSchema,
  problem: z.string().optional(),
}));
export type ImportApplyRow = z.infer<typeof ImportApplyRowSchema>;

/**
 * `users.import`: one outcome per data row, in the file's order. `needPassword`: the users this run
 * created with a generated password nobody was shown; each must be given one (the helpdesk's reset,
 * decision 006) before their first sign-in (docs/decisions/020).
 */
export const ImportApplyResultSchema = z.lazy(() => z.object({
  rows: z.array(ImportApplyRowSchema),
  needPassword: z.array(z.string()),
}));
export type ImportApplyResult = z.infer<typeof ImportApplyResultSchema>;

/**
 * Each kind of job and the schema of its result. A feature adding a kind adds it here and to
 * `JobSchema`'s list below, and an audit action for starting it (audit.ts); the runner, the store,
 * `GET /api/jobs/:id` and the SPA's `useJob` then take it as they are.
 */
export const JOB_RESULT_SCHEMAS = {
  "locks.scan": LockScanResultSchema,
  "users.bulk": BulkEditResultSchema,
  "users.export": UsersExportResultSchema,
  "users.import": ImportApplyResultSchema,
} as const;
export type JobKind = keyof typeof JOB_RESULT_SCHEMAS;
export type JobResultOf<K extends JobKind> = z.infer<(typeof JOB_RESULT_SCHEMAS)[K]>;
export const JobKindSchema = z.lazy(() => z.enum(Object.keys(JOB_RESULT_SCHEMAS) as [JobKind, ...JobKind[]]));

function jobOf<const K extends JobKind, R extends z.ZodType>(kind: K, resultSchema: R) {
  return z.object({
    id: z.string(),
    kind: z.literal(kind),
    state: JobStateSchema,
    /** Items settled so far (succeeded or failed), out of `total`. */
    done: z.number().int().min(0),
    total: z.number().int().min(0),
    /** ISO 8601, UTC. */
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().optional(),
    /** Only when `succeeded`. */
    result: resultSchema.optional(),
    /** Why the job failed or was interrupted, in words for a person. */
    problem: z.string().optional(),
  });
}

export const JobSchema = z.lazy(() => z.discriminatedUnion("kind", [
  jobOf("locks.scan", JOB_RESULT_SCHEMAS["locks.scan"]),
  jobOf("users.bulk", JOB_RESULT_SCHEMAS["users.bulk"]),
  jobOf("users.export", JOB_RESULT_SCHEMAS["users.export"]),
  jobOf("users.import", JOB_RESULT_SCHEMAS["users.import"]),
]));
export type Job = z.infer<typeof JobSchema>;
/** A job of one kind, its result typed. */
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

/** The most users one bulk edit may name. */
export const BULK_EDIT_MAX_USERS = 1000;

/** What a bulk edit changes on each user: at least one of these. */
export const BulkChangeSchema = z.lazy(() =>
  z
    .strictObject({
      /** Skill name → level: added, or its level set; the user's other skills stay. */
      setSkills: z
        .record(z.string(), SkillLevelSchema, { error: "Send the skills as an object of name → level." })
        .superRefine((skills, ctx) => {
          for (const name of Object.keys(skills)) {
            const problem = SkillNameSchema.safeParse(name).error?.issues[0];
            if (problem) ctx.addIssue({ code: "custom", path: [name], message: problem.message });
          }
        })
        .optional(),
      /** Skills taken away; a user without one is left as is. */
      removeSkills: z.array(SkillNameSchema).max(100, "Remove at most 100 skills at once.").optional(),
      team: TeamNameSchema.optional(),
      disabled: z.boolean({ error: "Send true or false." }).optional(),
    })
    .superRefine((change, ctx) => {
      const given = Object.values(change).filter((value: unknown) => value !== undefined);
      if (given.length === 0) ctx.addIssue({ code: "custom", path: [], message: "Give at least one of setSkills, removeSkills, team, disabled." });
      for (const name of change.removeSkills ?? []) {
        if (change.setSkills && Object.hasOwn(change.setSkills, name)) {
          ctx.addIssue({ code: "custom", path: ["removeSkills"], message: `"${name}" cannot be both set and removed.` });
        }
      }
    })
);
export type BulkChange = z.infer<typeof BulkChangeSchema>;

/** `POST /api/users/bulk`. */
export const BulkEditRequestSchema = z.lazy(() => z.strictObject({
  loginIds: z
    .array(z.string().trim().min(1, "A login cannot be empty.").max(256), { error: "Send the logins as a list." })
    .min(1, "Choose at least one user.")
    .max(BULK_EDIT_MAX_USERS, `Choose at most ${BULK_EDIT_MAX_USERS} users at once.`)
    .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, "Name each user once."),
  change: BulkChangeSchema,
}));
export type BulkEditRequest = z.infer<typeof BulkEditRequestSchema>;
