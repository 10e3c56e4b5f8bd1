import { z } from "zod";

// Building blocks for reading BPCC's loosely typed JSON: the collection itself sends booleans as
// "true", extensions as strings while the 5.2 spec calls them numbers, and leaves most fields out.

/** `true` or `"true"` (and "false", "1", "0", "yes", "no") → boolean. */
export const wireBoolean = z.union([z.boolean(), z.stringbool()]);

/** A string or a number → string; an extension "1048" and 1048 are the same extension. */
export const wireText = z.union([z.string(), z.number()]).transform(String);

/** An identifier (a loginId, a number) that must be there and not be empty. */
export const requiredText = z.union([z.string().min(1), z.number()]).transform(String);

/** An absent or null field reads as undefined, so callers test one thing. */
export const optionalText = wireText.nullish().transform((value) => value ?? undefined);
export const optionalBoolean = wireBoolean.nullish().transform((value) => value ?? undefined);
export const optionalString = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

/** A skill level, a percentage: 75 or "75". */
export const wireSkillLevel = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number),
]);

/** `expires_in` is documented as the string "3600"; RFC 6749 makes it a number. Either reads as seconds. */
export const wireSeconds = z.union([
  z.number().positive(),
  z
    .string()
    .trim()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().positive()),
]);
