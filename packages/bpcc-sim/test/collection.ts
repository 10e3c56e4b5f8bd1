import { readFileSync } from "node:fs";
import { z } from "zod";

/** The seed collection as kept in the repository (a copy of `<repo>/../shared/seeds/`, checked for drift). */
export const COLLECTION_PATH = new URL(
  "../../../docs/upstream/bpcc-configuration-api-v2.postman_collection.json",
  import.meta.url,
);

/** The team's original, beside the repository; absent in a clone made elsewhere. */
export const SHARED_COLLECTION_PATH = new URL(
  "../../../../shared/seeds/bpcc-configuration-api-v2.postman_collection.json",
  import.meta.url,
);

const KeyValue = z.object({ key: z.string(), value: z.string() });
const PostmanUrl = z.union([
  z.string(),
  z.object({ raw: z.string(), variable: z.array(KeyValue).optional() }),
]);
const PostmanRequest = z.object({
  method: z.string(),
  header: z.array(KeyValue),
  body: z
    .object({ mode: z.string(), raw: z.string().optional(), urlencoded: z.array(KeyValue).optional() })
    .optional(),
  url: PostmanUrl,
});
const PostmanExample = z.object({
  name: z.string(),
  originalRequest: PostmanRequest,
  code: z.number(),
  header: z.array(KeyValue).nullable(),
  body: z.string(),
});
const PostmanItem = z.object({ name: z.string(), request: PostmanRequest, response: z.array(PostmanExample) });
const PostmanCollection = z.object({ item: z.array(z.object({ name: z.string(), item: z.array(PostmanItem) })) });

export type PostmanItem = z.infer<typeof PostmanItem>;
export type PostmanExample = z.infer<typeof PostmanExample>;
export type PostmanRequest = z.infer<typeof PostmanRequest>;

/** The raw JSON (for newman) and its requests in the collection's own order. */
export function loadCollection(): { raw: unknown; items: PostmanItem[] } {
  const raw: unknown = JSON.parse(readFileSync(COLLECTION_PATH, "utf8"));
  const items = PostmanCollection.parse(raw).item.flatMap((folder) => folder.item);
  return { raw, items };
}

export function headerValue(headers: Array<{ key: string; value: string }> | null, name: string): string | undefined {
  return headers?.find((header) => header.key.toLowerCase() === name.toLowerCase())?.value;
}

/** The request's path under the tenant, `:username` filled from the example's own variable. */
export function examplePath(request: PostmanRequest): string {
  const raw = typeof request.url === "string" ? request.url : request.url.raw;
  const variables = typeof request.url === "string" ? [] : (request.url.variable ?? []);
  const path = raw.replace(/^https?:\/\/[^/]+/, "");
  return path.replace(/:([A-Za-z_-]+)/g, (whole, name: string) => {
    const value = variables.find((variable) => variable.key === name)?.value;
    return value === undefined ? whole : encodeURIComponent(value);
  });
}

/** Get User Data's example misses a comma after `roles` (a documentation slip); this is it, mended. */
export function parseExampleBody(body: string): unknown {
  return JSON.parse(body.replace(/("roles":\[[^\]]*\])\s*\n\s*"loginInfo"/, '$1,\n "loginInfo"'));
}
