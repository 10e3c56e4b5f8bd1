// A child process of the bench: the simulator gets a core of its own instead of sharing the event
// loop with the load generator. Prints one JSON line (base URL, credentials) and serves until SIGTERM.
import { parseArgs } from "node:util";
import { startSimulator } from "@switchboard/bpcc-sim";

const { values } = parseArgs({ options: { users: { type: "string", default: "20000" } } });
const sim = await startSimulator({ users: Number(values.users), host: "127.0.0.1", port: 0 });
process.stdout.write(`${JSON.stringify({ baseUrl: sim.baseUrl, credentials: sim.credentials })}\n`);

const stop = () => void sim.close().finally(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
