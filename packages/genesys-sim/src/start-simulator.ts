import { serve } from "@switchboard/bpcc-sim";
import type { SimControl } from "./control/sim-control.ts";
import { createSimulator } from "./create-simulator.ts";
import type { SimCredentials, SimulatorOptions } from "./options.ts";

export interface RunningSimulator {
  /** The server origin plus the context path, e.g. `http://127.0.0.1:41234` or `http://127.0.0.1:41234/gws`: what GWS_BASE_URL takes. The API is under `${baseUrl}/api/v2`. */
  baseUrl: string;
  /** The control plane, `http://127.0.0.1:41234/sim`: outside the context path, no Basic credentials. */
  controlUrl: string;
  credentials: SimCredentials;
  control: SimControl;
  /** Stops listening and closes every connection, hung ones included. */
  close(): Promise<void>;
}

/** Seeds a tenant and serves it; by default on 127.0.0.1 and a free port, so nothing leaves the machine. */
export async function startSimulator(options: SimulatorOptions & { port?: number; host?: string } = {}): Promise<RunningSimulator> {
  const { port = 0, host = "127.0.0.1", ...simulatorOptions } = options;
  const { app, credentials, control, apiPath } = createSimulator(simulatorOptions);
  const served = await serve(app, port, host);
  return {
    baseUrl: `${served.origin}${apiPath.slice(0, -"/api/v2".length)}`,
    controlUrl: `${served.origin}/sim`,
    credentials,
    control,
    close: served.close,
  };
}
