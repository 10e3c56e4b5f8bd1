import { z } from "zod";

/** A skill, known by its name (which is also how a user's skills refer to it). */
export const SkillSchema = z.lazy(() => z.object({ name: z.string() }));
export type Skill = z.infer<typeof SkillSchema>;

/**
 * `GET /api/skills`: the skills the tenant is known to use, A to Z. The platform lists no skills, so
 * these are the ones Switchboard has seen users hold; a skill nobody holds yet may be typed anyway.
 */
export const SkillListSchema = z.lazy(() => z.object({ skills: z.array(SkillSchema) }));
export type SkillList = z.infer<typeof SkillListSchema>;
