import { tmpdir } from "node:os";
import { join } from "node:path";

// Chosen once in Playwright's main process and inherited by its workers through the environment, so
// that two runs on one machine (two developers, or CI beside a dev server) do not fight over a port.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
process.env.E2E_SIM_PORT ??= String(Number(process.env.E2E_PORT) + 1);
process.env.E2E_DATA_DIR ??= join(tmpdir(), `switchboard-e2e-${process.pid}-${Date.now()}`);

const port = Number(process.env.E2E_PORT);
const simPort = Number(process.env.E2E_SIM_PORT);

/** The product as the e2e suite starts it: demo mode on its own ports, a fresh store per run. */
export const E2E = {
  port,
  simPort,
  baseUrl: `http://127.0.0.1:${port}`,
  simUrl: `http://127.0.0.1:${simPort}`,
  dataDir: process.env.E2E_DATA_DIR,
  demoPassword: process.env.E2E_DEMO_PASSWORD ?? "e2e-demo-password-2026",
} as const;
