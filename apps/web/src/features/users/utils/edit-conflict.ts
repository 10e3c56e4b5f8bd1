import { EditConflictSchema, type EditConflict } from "@switchboard/contracts";
import { ApiError } from "@/lib/errors";

/** The 409 of a save whose fields someone else changed meanwhile, or undefined for any other failure. */
export function editConflictOf(error: unknown): EditConflict | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const conflict = EditConflictSchema.safeParse(error.problem);
  return conflict.success ? conflict.data : undefined;
}
