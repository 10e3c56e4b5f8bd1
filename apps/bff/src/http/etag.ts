import { createHash } from "node:crypto";

/** A strong ETag for a body built once and served many times: the first 162 bits of its SHA-256. */
export function strongEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}
