import type { SimControl } from "./control/sim-control.ts";
import { createSimulator } from "./create-simulator.ts";
import { serve } from "./http/serve.ts";
import type { SimCredentials, SimulatorOptions } from "./options.ts";

export interface RunningSimulator {
  /** The tenant origin, e.g. `http://127.0.0.1:41234`; the API is under `/configapi/v2`, the control plane under `/sim`. */
  baseUrl: string;
  credentials: SimCredentials;
  control: SimControl;
  /** Stops listening and closes every connection, hung ones included. */
  close(): Promise<void>;
}

/** Seeds a tenant and serves it; by default on 127.0.0.1 and a free port, so nothing leaves the machine. */
export async function startSimulator(
  options: SimulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningSimulator> {
  const { port = 0, host = "127.0.0.1", ...simulatorOptions } = options;
  const { app, credentials, control } = createSimulator(simulatorOptions);
  // nginx's default: idle keep-alive sockets live 75 s, not Node's 5 s, so pooled clients see what they would upstream.
  const served = await serve(app, port, host, 75_000);
  return { baseUrl: served.origin, credentials, control, close: served.close };
}
