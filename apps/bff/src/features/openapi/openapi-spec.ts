import type { z } from "zod";

/** A failure a route answers besides the ones its access, body and path already imply. */
export interface RouteProblem {
  status: number;
  description: string;
  /** The problem type's own schema, when it carries more than RFC 9457's members. */
  schema?: z.ZodType;
  /** Answered as an HTML page for a person in a browser (single sign-on's refusal), not problem+json. */
  html?: boolean;
}

/**
 * What the route inventory cannot see of a route: what it does, and the contracts it parses and
 * answers. Access, path parameters, security and the common problems come from the inventory.
 */
export interface OperationSpec {
  summary: string;
  description?: string;
  /** The JSON body the route parses. */
  body?: z.ZodType;
  /** The route takes a `text/csv` body (a file) rather than JSON: what the file holds. */
  csvBody?: string;
  /** The route also takes no body at all. */
  bodyOptional?: boolean;
  /** The query string the route parses. */
  query?: z.ZodType;
  success: { status: 200 | 201 | 202 | 204 | 302; description: string; schema?: z.ZodType; csv?: boolean };
  /** A second successful answer (sign-out: 204, or 200 with where to go next). */
  alsoSuccess?: { status: 200; description: string; schema: z.ZodType };
  /** Calls the contact center, so it may answer 502 or 504 when that fails. */
  upstream?: boolean;
  problems?: RouteProblem[];
}
