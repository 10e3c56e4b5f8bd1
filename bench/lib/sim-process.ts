// A child process of the bench: the simulator gets a core of its own instead of sharing the event
// loop with the load generator. Prints one JSON line (base URL, control URL, credentials) and serves
// until SIGTERM. `--platform genesys` starts the Genesys GWS simulator instead of Bright Pattern's.
import { parseArgs } from "node:util";
import { startSimulator as startBpcc } from "@switchboard/bpcc-sim";
import { startSimulator as startGenesys } from "@switchboard/genesys-sim";

const { values } = parseArgs({ options: { users: { type: "string", default: "20000" }, platform: { type: "string", default: "bpcc" } } });
const options = { users: Number(values.users), host: "127.0.0.1", port: 0 };
let started: { baseUrl: string; controlUrl: string; credentials: unknown; close(): Promise<void> };
if (values.platform === "genesys") {
  started = await startGenesys(options);
} else if (values.platform === "bpcc") {
  const sim = await startBpcc(options);
  started = { ...sim, controlUrl: `${sim.baseUrl}/sim` };
} else {
  throw new Error(`--platform must be bpcc or genesys, not ${values.platform}`);
}
process.stdout.write(`${JSON.stringify({ baseUrl: started.baseUrl, controlUrl: started.controlUrl, credentials: started.credentials })}\n`);

const stop = () => void started.close().finally(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
