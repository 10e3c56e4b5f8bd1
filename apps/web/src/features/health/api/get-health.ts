import type { Health } from "@switchboard/contracts";
import { fetchJson } from "@/lib/fetch-json";

function isHealth(body: unknown): body is Health {
  if (typeof body !== "object" || body === null) return false;
  return "status" in body && body.status === "ok" && "demo" in body && typeof body.demo === "boolean";
}

/**
 * `GET /api/health`, read by the root route's loader so the demo banner is there at first paint.
 * Through fetchJson and checked by hand: it is on the sign-in page, which loads no zod
 * (decision 008). Null when the BFF could not say: then no banner, and the page goes on.
 */
export async function getHealth({ signal }: { signal?: AbortSignal } = {}): Promise<Health | null> {
  try {
    const body = await fetchJson("/health", { signal });
    return isHealth(body) ? { status: body.status, demo: body.demo } : null;
  } catch {
    return null;
  }
}
