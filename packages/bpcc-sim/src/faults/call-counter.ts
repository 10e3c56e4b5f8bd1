import { ENDPOINTS, type Endpoint } from "./endpoints.ts";

/** Calls received per endpoint, faulted or not; `unknown` counts requests to paths the API does not have. */
export class CallCounter {
  private counts = new Map<Endpoint | "unknown", number>();

  record(endpoint: Endpoint | "unknown"): void {
    this.counts.set(endpoint, (this.counts.get(endpoint) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const endpoint of ENDPOINTS) result[endpoint] = this.counts.get(endpoint) ?? 0;
    result["unknown"] = this.counts.get("unknown") ?? 0;
    return result;
  }

  reset(): void {
    this.counts = new Map();
  }
}
