import type { z } from "zod";
import { GenesysError } from "./errors.ts";

/** What a caller may pass with each call. */
export type GenesysCallOptions = {
  /**
   * The caller's deadline for the whole call: the wait for a free slot, every attempt and every pause
   * between them (every page of a list). Once it fires nothing more starts, the attempt under way is
   * cut off, and the call fails with kind `timeout`.
   */
  signal?: AbortSignal | undefined;
};

export type GenesysReadOptions = GenesysCallOptions & {
  /** `subresources=*`: each user's skills and devices too. */
  subresources?: boolean;
};

/** Checks what a caller asked to send before anything leaves; a bad input is never sent upstream. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, operation: string): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  const field = typeof first?.path[0] === "string" ? first.path[0] : undefined;
  // Messages name the field, never its value (a password).
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).slice(0, 5);
  throw new GenesysError(`Invalid input to Genesys ${operation}: ${problems.join("; ")}`, { kind: "validation", field });
}
