#!/usr/bin/env node
import { parseCliArgs, USAGE } from "./cli-args.ts";
import { runSimulatorCli } from "./cli-kit.ts";
import { startSimulator } from "./start-simulator.ts";

await runSimulatorCli(
  {
    name: "bpcc-sim",
    usage: USAGE,
    parse: parseCliArgs,
    start: startSimulator,
    banner: ({ baseUrl, credentials }, { users = 500, seed = 42 }) => [
      `BPCC simulator listening on ${baseUrl} (${users} users, seed ${seed})`,
      `  API:           ${baseUrl}/configapi/v2`,
      `  client_id:     ${credentials.clientId}`,
      `  client_secret: ${credentials.clientSecret}`,
      `  scope:         ${credentials.scope}`,
      `  control plane: ${baseUrl}/sim`,
    ],
  },
  process.argv.slice(2),
);
