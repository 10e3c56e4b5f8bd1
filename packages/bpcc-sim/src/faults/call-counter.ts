import { ENDPOINTS, type Endpoint } from "./endpoints.ts";

/** Calls being served right now, and the most at once since the last reset. */
export interface InFlight {
  now: number;
  peak: number;
}

/**
 * Calls received per endpoint, faulted or not; `unknown` counts requests to paths the API does not
 * have. The endpoint list defaults to BPCC's; another simulator passes its own. It also keeps how
 * many calls are open at once (from arrival to the connection's answer or close), so that a test or
 * the bench can check that a client never has more in flight than its concurrency allows.
 */
export class CallCounter<E extends string = Endpoint> {
  private counts = new Map<E | "unknown", number>();
  private readonly endpoints: readonly E[];
  private open = 0;
  private peak = 0;

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

  enter(): void {
    this.open += 1;
    this.peak = Math.max(this.peak, this.open);
  }

  leave(): void {
    this.open -= 1;
  }

  inFlight(): InFlight {
    return { now: this.open, peak: this.peak };
  }

  /** Counts to zero; the peak starts again from the calls open now. */
  reset(): void {
    this.counts = new Map();
    this.peak = this.open;
  }
}
