#!/usr/bin/env node
import { stopOnSignals } from "@switchboard/bpcc-sim";
import { parseCliArgs, USAGE, type CliCommand } from "./cli-args.ts";
import { startSimulator } from "./start-simulator.ts";

let command: CliCommand;
try {
  command = parseCliArgs(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`genesys-sim: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

if (command.kind === "help") {
  process.stdout.write(`${USAGE}\n`);
} else {
  const { users = 500, seed = 42, port, host, csrf = true } = command.options;
  let sim;
  try {
    sim = await startSimulator(command.options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`genesys-sim: cannot start on ${host}:${port}: ${message}\n`);
    process.exit(1);
  }
  const { baseUrl, controlUrl, credentials } = sim;
  process.stdout.write(
    [
      `Genesys GWS simulator listening on ${baseUrl} (${users} users, seed ${seed}, CSRF ${csrf ? "on" : "off"})`,
      `  API:           ${baseUrl}/api/v2`,
      `  username:      ${credentials.username}`,
      `  password:      ${credentials.password}`,
      `  control plane: ${controlUrl}`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  stopOnSignals(sim.close);
}
