import { z } from "zod";

/** One invalid input: the field's path (dot-separated) and why it was refused. */
export const FieldErrorSchema = z.lazy(() => z.object({
  field: z.string(),
  message: z.string(),
}));
export type FieldError = z.infer<typeof FieldErrorSchema>;

/**
 * RFC 9457 problem details: the one error body shape of the BFF's API. Extension members (e.g. an edit
 * conflict's `current`) are kept, so a caller can parse them with the problem type's own schema.
 */
export const ProblemSchema = z.lazy(() => z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
}));
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
