// newman ships no types; this covers only what the collection test uses.
declare module "newman" {
  import type { EventEmitter } from "node:events";

  interface NewmanExecution {
    item: { name: string };
    response?: { code: number; stream: Buffer; headers: { get(name: string): string | undefined } };
    requestError?: Error;
  }

  interface NewmanSummary {
    run: {
      executions: NewmanExecution[];
      failures: Array<{ error: { message: string }; source?: { name?: string } }>;
    };
  }

  interface NewmanRunOptions {
    collection: unknown;
    environment?: { values: Array<{ key: string; value: string; enabled?: boolean }> };
    reporters?: string[];
    timeoutRequest?: number;
    bail?: boolean;
  }

  const newman: {
    run(options: NewmanRunOptions, callback: (error: Error | null, summary: NewmanSummary) => void): EventEmitter;
  };
  export default newman;
}
