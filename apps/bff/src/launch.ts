// Starts the BFF in a process of its own with Node's settings for it (config/process-settings.ts),
// passing SIGINT/SIGTERM on and exiting as it exits. `pnpm start` and the package's start script use it.
import { spawn } from "node:child_process";
import { PROCESS_ENV, serverArgs } from "./config/process-settings.ts";

const server = spawn(process.execPath, serverArgs(), { stdio: "inherit", env: { ...process.env, ...PROCESS_ENV } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
