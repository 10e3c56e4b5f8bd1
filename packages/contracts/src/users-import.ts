import { z } from "zod";
import { FieldErrorSchema } from "./problem.ts";

/**
 * The users CSV (issue 14): the columns of an export, in this order, and the only ones an import
 * takes (in any order). A platform leaves out the columns it has no field for (Genesys: team,
 * extension and phones). `roles` is `A;B`, `skills` is `Skill name:level;Other:level`, `action` is
 * empty or `delete`.
 */
export const USER_CSV_COLUMNS = [
  "loginId",
  "firstName",
  "lastName",
  "team",
  "extension",
  "email",
  "workPhone",
  "mobilePhone",
  "disabled",
  "changePassword",
  "roles",
  "skills",
  "action",
] as const;
export type UserCsvColumn = (typeof USER_CSV_COLUMNS)[number];

/** Most data rows one import takes; a longer file is refused whole (413). */
export const MAX_IMPORT_ROWS = 1_000;

export const IMPORT_ACTIONS = ["create", "update", "delete", "unchanged", "error"] as const;
export const ImportActionSchema = z.lazy(() => z.enum(IMPORT_ACTIONS));
export type ImportAction = z.infer<typeof ImportActionSchema>;

/** A field's value in a preview's change: text, a flag, a role list or a skill set (name → level); null when the user has none. */
export const ImportValueSchema = z.lazy(() => z.union([z.string(), z.boolean(), z.array(z.string()), z.record(z.string(), z.number()), z.null()]));
export type ImportValue = z.infer<typeof ImportValueSchema>;

export const ImportChangeSchema = z.lazy(() => z.object({ from: ImportValueSchema, to: ImportValueSchema }));
export type ImportChange = z.infer<typeof ImportChangeSchema>;

/** One data row of the file and what applying it would do. */
export const ImportPreviewRowSchema = z.lazy(() => z.object({
  /** The row number a spreadsheet shows (the header is row 1). */
  row: z.number().int().min(2),
  loginId: z.string(),
  action: ImportActionSchema,
  /** Field → from → to: for an update only the fields that differ; for a create every field given (from null). */
  changes: z.record(z.string(), ImportChangeSchema).optional(),
  /** Why the row cannot be applied, each on its column (`skills.<name>` for one skill). */
  errors: z.array(FieldErrorSchema).optional(),
}));
export type ImportPreviewRow = z.infer<typeof ImportPreviewRowSchema>;

export const ImportSummarySchema = z.lazy(() => z.object({
  create: z.number().int(),
  update: z.number().int(),
  delete: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
}));
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

/** `POST /api/users/import?mode=preview`: what the file would do, row by row. A preview writes nothing. */
export const ImportPreviewSchema = z.lazy(() => z.object({
  rows: z.array(ImportPreviewRowSchema),
  summary: ImportSummarySchema,
}));
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportQuerySchema = z.lazy(() => z.object({
  mode: z.enum(["preview", "apply"], { error: 'Use mode=preview (or mode=apply).' }),
}));
