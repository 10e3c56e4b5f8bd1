import { z } from "zod";

/** What an access number reaches: a scenario, a user (their DID), a phone, nothing yet, or something else. */
export const ACCESS_NUMBER_ASSIGNMENTS = ["scenario", "user", "phone", "unassigned", "other"] as const;
export const AccessNumberAssignmentSchema = z.lazy(() => z.enum(ACCESS_NUMBER_ASSIGNMENTS));
export type AccessNumberAssignment = z.infer<typeof AccessNumberAssignmentSchema>;

/** One access number and what it is assigned to, in the product's words. */
export const AccessNumberSchema = z.lazy(() => z.object({
  number: z.string(),
  /** E.g. "voice". */
  media: z.string().nullable(),
  assignment: AccessNumberAssignmentSchema,
  /** The scenario's name, for a scenario. */
  scenario: z.string().nullable(),
  /** The user, for a user's DID. */
  loginId: z.string().nullable(),
  extension: z.string().nullable(),
  /** Who or what answers: the user's name, or the phone's display name. */
  name: z.string().nullable(),
}));
export type AccessNumber = z.infer<typeof AccessNumberSchema>;

/** `GET /api/access-numbers`. */
export const AccessNumberListSchema = z.lazy(() => z.object({ accessNumbers: z.array(AccessNumberSchema) }));
export type AccessNumberList = z.infer<typeof AccessNumberListSchema>;
