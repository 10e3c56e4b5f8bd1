import { z } from "zod";
import { UserSchema } from "./users.ts";

/**
 * The level bands of a skill (docs/decisions/019): 1–39 learning, 40–69 working, 70–100 expert. A
 * level 0 is "held, not yet trained" and counts in the first band. The skills coverage page splits its
 * cells by these, and the users list filters by them.
 */
export const SKILL_BANDS = [
  { id: "low", label: "1–39", min: 0, max: 39 },
  { id: "mid", label: "40–69", min: 40, max: 69 },
  { id: "high", label: "70–100", min: 70, max: 100 },
] as const;
export type SkillBandId = (typeof SKILL_BANDS)[number]["id"];
export const SkillBandIdSchema = z.lazy(() => z.enum(["low", "mid", "high"]));

/** The band a level falls in. */
export function skillBandOf(level: number): SkillBandId {
  const band = SKILL_BANDS.find((candidate) => level <= candidate.max);
  return band?.id ?? "high";
}

/** One user in the index, as the users list and the skills coverage show them (`GET /api/users`). */
export const UserIndexRowSchema = z.lazy(() => UserSchema.unwrap().pick({
  loginId: true,
  firstName: true,
  lastName: true,
  team: true,
  extension: true,
  disabled: true,
  skills: true,
}));
export type UserIndexRow = z.infer<typeof UserIndexRowSchema>;

/**
 * `filling`: a fill is under way (`done` of `total` read, `percent` of the tenant; `users` is the last whole index, empty
 * before the first); `ready`: whole and younger than the index's freshness limit; `stale`: older than
 * it, or its last fill could not read the user list (`error` says why).
 */
export const UserIndexStateSchema = z.lazy(() => z.enum(["filling", "ready", "stale"]));
export type UserIndexState = z.infer<typeof UserIndexStateSchema>;

/** `GET /api/users/index`: the index's age and progress, small enough to poll while it fills. */
export const UserIndexStatusSchema = z.lazy(() => z.object({
  state: UserIndexStateSchema,
  /** When the index's contents were last read whole from the platform (ISO 8601); null before the first fill ends. */
  indexedAt: z.string().nullable(),
  /**
   * Users read so far by the fill under way, or by the last one, of `total` in the tenant. Both are
   * absent for an account scoped to teams (decision 023): its list holds only its teams' users, and
   * which users are of its teams is known only once each is read; `percent` is its progress.
   */
  done: z.number().int().min(0).optional(),
  total: z.number().int().min(0).optional(),
  /** How much of the tenant the fill under way, or the last one, has read: 0 to 100 (0 until the list of users is read). */
  percent: z.number().int().min(0).max(100).optional(),
  /** Users whose details could not be read by the last fill (left out of the index until a refresh reads them). */
  failed: z.number().int().min(0),
  /** Why the last fill could not read the user list at all; absent when it could. */
  error: z.string().optional(),
}));
export type UserIndexStatus = z.infer<typeof UserIndexStatusSchema>;

/** `GET /api/users`: the index's users (those matching the query, A to Z by last name) and its status. */
export const UserIndexResponseSchema = z.lazy(() => UserIndexStatusSchema.unwrap().extend({
  users: z.array(UserIndexRowSchema),
}));
export type UserIndexResponse = z.infer<typeof UserIndexResponseSchema>;

const optionalText = z
  .string()
  .trim()
  .max(256)
  .optional()
  .transform((value) => (value === "" ? undefined : value));
const level = z.coerce.number().int().min(0).max(100).optional();

/**
 * `GET /api/users?team=&skill=&minLevel=&maxLevel=&q=`: every filter optional, all of them must hold.
 * `team=` with the value `-` means "no team". A level band needs a skill: it bounds that skill's level.
 */
export const UserIndexQuerySchema = z.lazy(() =>
  z
    .object({
      team: optionalText,
      skill: optionalText,
      minLevel: level,
      maxLevel: level,
      /** Part of a first name, last name, "first last" or login, any case. */
      q: optionalText,
    })
    .superRefine((query, context) => {
      if ((query.minLevel !== undefined || query.maxLevel !== undefined) && query.skill === undefined) {
        context.addIssue({ code: "custom", path: [query.minLevel !== undefined ? "minLevel" : "maxLevel"], message: "A level needs a skill to apply to." });
      }
      if (query.minLevel !== undefined && query.maxLevel !== undefined && query.minLevel > query.maxLevel) {
        context.addIssue({ code: "custom", path: ["maxLevel"], message: "The highest level cannot be below the lowest." });
      }
    })
);
export type UserIndexQuery = z.infer<typeof UserIndexQuerySchema>;

/** The `team` filter value that asks for users without a team. */
export const NO_TEAM = "-";

/** Whether a row passes every filter of the query: the one rule both the BFF and the SPA apply. */
export function matchesUserIndexQuery(row: UserIndexRow, query: Partial<UserIndexQuery>): boolean {
  if (query.team !== undefined && (query.team === NO_TEAM ? row.team !== null : row.team !== query.team)) return false;
  if (query.skill !== undefined) {
    const held = row.skills[query.skill];
    if (held === undefined) return false;
    if (query.minLevel !== undefined && held < query.minLevel) return false;
    if (query.maxLevel !== undefined && held > query.maxLevel) return false;
  }
  if (query.q !== undefined) {
    const needle = query.q.toLocaleLowerCase();
    const haystack = `${row.firstName} ${row.lastName}\n${row.lastName} ${row.firstName}\n${row.loginId}`.toLocaleLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}
