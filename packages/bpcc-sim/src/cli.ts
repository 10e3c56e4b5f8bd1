#!/usr/bin/env node
import { parseCliArgs, USAGE, type CliCommand } from "./cli-args.ts";
import { stopOnSignals } from "./http/stop-on-signals.ts";
import { startSimulator } from "./start-simulator.ts";

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`bpcc-sim: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

if (command.kind === "help") {
  process.stdout.write(`${USAGE}\n`);
} else {
  const { users = 500, seed = 42, port, host } = command.options;
  let sim;
  try {
    sim = await startSimulator(command.options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bpcc-sim: cannot start on ${host}:${port}: ${message}\n`);
    process.exit(1);
  }
  const { baseUrl, credentials } = sim;
  process.stdout.write(
    [
      `BPCC simulator listening on ${baseUrl} (${users} users, seed ${seed})`,
      `  API:           ${baseUrl}/configapi/v2`,
      `  client_id:     ${credentials.clientId}`,
      `  client_secret: ${credentials.clientSecret}`,
      `  scope:         ${credentials.scope}`,
      `  control plane: ${baseUrl}/sim`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  stopOnSignals(sim.close);
}
