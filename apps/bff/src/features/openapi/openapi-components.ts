import { PROBLEM_CONTENT_TYPE, ProblemSchema } from "@switchboard/contracts";
import { z } from "zod";
import { sessionCookieName } from "../../auth/session-cookie.ts";

export type Json = Record<string, unknown>;

/**
 * A contract as JSON Schema 2020-12, OpenAPI 3.1's own dialect, so no `$schema` is repeated. Requests
 * are described as a caller writes them (`input`: a defaulted field is optional), answers as the BFF
 * writes them. Refinements have no JSON Schema form: the route's 400 `errors` name what they refuse.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io });
  return rest;
}

/** A query contract as OpenAPI query parameters, one per property. */
export function queryParameters(query: z.ZodType): Json[] {
  const schema = jsonSchemaOf(query, "input");
  const properties = z.record(z.string(), z.looseObject({})).parse(schema["properties"] ?? {});
  const required = z.array(z.string()).parse(schema["required"] ?? []);
  return Object.entries(properties).map(([name, property]) => ({ name, in: "query", required: required.includes(name), schema: property }));
}

export function problemContent(schema: Json = { $ref: "#/components/schemas/Problem" }): Json {
  return { [PROBLEM_CONTENT_TYPE]: { schema } };
}

/** The problems many routes share, referenced by their status; a route's own ones are inlined. */
export const SHARED_PROBLEMS: Readonly<Record<string, string>> = {
  "400": "The body or query is not valid: `errors` lists each field and why.",
  "401": "No live login session.",
  "403": "The role lacks the permission, or a change came without the CSRF token or from another origin.",
  "404": "No such object.",
  "413": "The body is larger than 100 kB.",
  "415": "The body is not `application/json`.",
  "429": "Too many reads or changes in a minute for this account, or from this address when signed out (`/problems/rate-limited`); `Retry-After` says when to try again.",
  "502": "The contact center failed or could not be reached.",
  "503": "Switchboard's own database cannot be reached just now (`/problems/database-unavailable`); nothing was changed unless the problem says the change is not confirmed. `Retry-After` says when to try again.",
  "504": "The contact center did not answer in time.",
};

export const problemRef = (status: string): Json => ({ $ref: `#/components/responses/Problem${status}` });

export function buildComponents(): Json {
  const responses: Json = {};
  for (const [status, description] of Object.entries(SHARED_PROBLEMS)) {
    responses[`Problem${status}`] = { description, content: problemContent() };
  }
  return {
    schemas: { Problem: jsonSchemaOf(ProblemSchema, "output") },
    responses,
    securitySchemes: {
      session: {
        type: "apiKey",
        in: "cookie",
        name: sessionCookieName(false),
        description: `The login session, set by \`POST /api/session\` (HttpOnly, SameSite=Strict; named \`${sessionCookieName(true)}\` over HTTPS).`,
      },
      csrfToken: {
        type: "apiKey",
        in: "header",
        name: "X-CSRF-Token",
        description: "The session's CSRF token (`csrfToken` of `GET /api/session`), required on every state-changing request.",
      },
    },
  };
}
