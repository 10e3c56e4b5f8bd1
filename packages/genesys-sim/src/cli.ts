#!/usr/bin/env node
import { runSimulatorCli } from "@switchboard/bpcc-sim";
import { parseCliArgs, USAGE } from "./cli-args.ts";
import { startSimulator } from "./start-simulator.ts";

await runSimulatorCli(
  {
    name: "genesys-sim",
    usage: USAGE,
    parse: parseCliArgs,
    start: startSimulator,
    banner: ({ baseUrl, controlUrl, credentials }, { users = 500, seed = 42, csrf = true }) => [
      `Genesys GWS simulator listening on ${baseUrl} (${users} users, seed ${seed}, CSRF ${csrf ? "on" : "off"})`,
      `  API:           ${baseUrl}/api/v2`,
      `  username:      ${credentials.username}`,
      `  password:      ${credentials.password}`,
      `  control plane: ${controlUrl}`,
    ],
  },
  process.argv.slice(2),
);
