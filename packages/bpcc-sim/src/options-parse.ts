import { randomBytes } from "node:crypto";
import type { z } from "zod";

/** Parses options with a schema; a bad one throws a RangeError whose message names it. */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const result = schema.safeParse(options);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`);
    throw new RangeError(`Invalid simulator options: ${problems.join("; ")}`);
  }
  return result.data;
}

/** Letters and digits from the system's random source: secrets and passwords nobody guesses. */
export function randomSecret(length: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join("");
}
