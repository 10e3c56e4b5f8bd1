import type { FieldError } from "@switchboard/contracts";
import type { z } from "zod";

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** The first message for each of a form's fields; messages about other fields are left out. */
export function fieldErrorsOf<F extends string>(
  issues: readonly FieldError[],
  fields: readonly F[],
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const { field, message } of issues) {
    const name = fields.find((f) => f === field);
    if (name) errors[name] ??= message;
  }
  return errors;
}

/** A zod failure in the BFF's own field-error shape, so a form words both the same way. */
export function issuesOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}
