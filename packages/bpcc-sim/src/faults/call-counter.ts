import { ENDPOINTS, type Endpoint } from "./endpoints.ts";

/**
 * Calls received per endpoint, faulted or not; `unknown` counts requests to paths the API does not
 * have. The endpoint list defaults to BPCC's; another simulator passes its own.
 */
export class CallCounter<E extends string = Endpoint> {
  private counts = new Map<E | "unknown", number>();
  private readonly endpoints: readonly E[];

  constructor(endpoints: readonly E[] = ENDPOINTS as readonly string[] as readonly E[]) {
    this.endpoints = endpoints;
  }

  record(endpoint: E | "unknown"): void {
    this.counts.set(endpoint, (this.counts.get(endpoint) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const endpoint of this.endpoints) result[endpoint] = this.counts.get(endpoint) ?? 0;
    result["unknown"] = this.counts.get("unknown") ?? 0;
    return result;
  }

  reset(): void {
    this.counts = new Map();
  }
}
