import type { Request } from "express";
import { invalidValue } from "../errors.ts";
import type { SortField } from "../tenant/tenant.ts";
import type { UserShape } from "./views.ts";

export interface ListQuery {
  /** Absent: answer `uris` only, as `GET /users` without `fields` does. */
  shape?: UserShape;
  offset?: number;
  limit?: number;
  sortBy?: SortField;
}

const SORT_FIELDS: readonly SortField[] = ["userName", "firstName", "lastName", "id"];

/** `fields=*` or `fields=a,b`, `subresources=*`, `offset`, `limit`, `sortBy`; a bad value is statusCode 10. */
export function parseListQuery(req: Request): ListQuery {
  const query: ListQuery = {};
  const fields = single(req, "fields");
  const subresources = single(req, "subresources");
  if (subresources !== undefined && subresources !== "*") throw invalidValue("subresources", "only * is supported");
  if (fields !== undefined || subresources !== undefined) {
    // The seed: subresources=* "will return all fields and all subresources".
    const chosen = fields === undefined || fields === "*" ? "*" : new Set(fields.split(",").map((name) => name.trim()).filter(Boolean));
    query.shape = { fields: subresources === "*" ? "*" : chosen, subresources: subresources === "*" };
  }
  const offset = wholeNumber(req, "offset", 0);
  const limit = wholeNumber(req, "limit", 1);
  if (offset !== undefined) query.offset = offset;
  if (limit !== undefined) query.limit = limit;
  const sortBy = single(req, "sortBy");
  if (sortBy !== undefined) {
    if (!(SORT_FIELDS as readonly string[]).includes(sortBy)) throw invalidValue("sortBy", `one of ${SORT_FIELDS.join(", ")}`);
    query.sortBy = sortBy as SortField;
  }
  return query;
}

/** `subresources=*` on a single user. */
export function wantsSubresources(req: Request): boolean {
  const value = single(req, "subresources");
  if (value !== undefined && value !== "*") throw invalidValue("subresources", "only * is supported");
  return value === "*";
}

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidValue(name, "given more than once");
  return value;
}

function wholeNumber(req: Request, name: string, min: number): number | undefined {
  const value = single(req, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw invalidValue(name, `must be a whole number of at least ${min}`);
  return Number(value);
}
