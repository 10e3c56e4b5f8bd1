import { z } from "zod";
import { USER_CSV_COLUMNS } from "./users-import.ts";

/** The most logins one export may name (a selection); "all" or a filter has no limit. */
export const EXPORT_MAX_LOGIN_IDS = 1_000;

/**
 * The users list's filter, as the export applies it. `q` is the list's search box (name, login,
 * extension or direct number, matched as the list matches it); `team` and `skill` (exact names, any
 * case) narrow to the users in that team or holding that skill, once the list offers them.
 */
export const UsersFilterSchema = z.lazy(() => z.strictObject({
  q: z.string().max(200, "Search for at most 200 characters.").optional(),
  team: z.string().trim().min(1).max(256).optional(),
  skill: z.string().trim().min(1).max(256).optional(),
}));
export type UsersFilter = z.infer<typeof UsersFilterSchema>;

/**
 * `POST /api/users/export`: every user (no body, or `{}`), those matching `filter`, or the logins
 * named in `loginIds` — not both.
 */
export const UsersExportRequestSchema = z.lazy(() =>
  z
    .strictObject({
      filter: UsersFilterSchema.optional(),
      loginIds: z
        .array(z.string().trim().min(1, "A login cannot be empty.").max(256), { error: "Send the logins as a list." })
        .min(1, "Choose at least one user.")
        .max(EXPORT_MAX_LOGIN_IDS, `Choose at most ${EXPORT_MAX_LOGIN_IDS} users, or export by filter.`)
        .optional(),
    })
    .refine((request) => request.filter === undefined || request.loginIds === undefined, {
      path: ["loginIds"],
      error: "Send a filter or a list of logins, not both.",
    })
);
export type UsersExportRequest = z.infer<typeof UsersExportRequestSchema>;

/** A user the export could not read, and why in words. */
export const UnreadableUserSchema = z.lazy(() => z.object({ loginId: z.string(), problem: z.string() }));
export type UnreadableUser = z.infer<typeof UnreadableUserSchema>;

/**
 * `users.export`: how many users the file holds, out of how many were asked for (`requested`: the
 * job's `total`), the file's columns (the platform's), its name and where to download it; every user
 * whose details could not be read is in `unreadable`, never silently missing from the file.
 */
export const UsersExportResultSchema = z.lazy(() => z.object({
  rows: z.number().int().min(0),
  requested: z.number().int().min(0),
  columns: z.array(z.enum(USER_CSV_COLUMNS)),
  fileName: z.string(),
  /** `/api/jobs/<id>/download`: the file, to its starter and admins, until `expiresAt`. */
  downloadUrl: z.string(),
  expiresAt: z.iso.datetime(),
  unreadable: z.array(UnreadableUserSchema),
}));
export type UsersExportResult = z.infer<typeof UsersExportResultSchema>;
