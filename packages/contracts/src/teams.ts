import { z } from "zod";

/** A team, known by its name (which is also how a user refers to it). */
export const TeamSchema = z.lazy(() => z.object({ name: z.string() }));
export type Team = z.infer<typeof TeamSchema>;

/** `GET /api/teams`. */
export const TeamListSchema = z.lazy(() => z.object({ teams: z.array(TeamSchema) }));
export type TeamList = z.infer<typeof TeamListSchema>;
