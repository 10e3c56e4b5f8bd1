import { z } from "zod";

/** One person in the phone directory, in the product's own words. */
export const DirectoryEntrySchema = z.lazy(() => z.object({
  loginId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  extension: z.string().nullable(),
  /** The external (DID) number, when the user has one. */
  did: z.string().nullable(),
  voiceMail: z.boolean(),
  greeting: z.boolean(),
  /** Do not disturb, on a platform that reports it (Genesys); absent elsewhere. */
  doNotDisturb: z.boolean().nullable().optional(),
}));
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;

export const DirectoryResponseSchema = z.lazy(() => z.object({
  users: z.array(DirectoryEntrySchema),
}));
export type DirectoryResponse = z.infer<typeof DirectoryResponseSchema>;
