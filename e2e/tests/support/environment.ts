import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env.E2E_PORT ?? 18_480);
const simPort = Number(process.env.E2E_SIM_PORT ?? 18_490);

/** The product as the e2e suite starts it: demo mode on its own ports, a fresh store per run. */
export const E2E = {
  port,
  simPort,
  baseUrl: `http://127.0.0.1:${port}`,
  simUrl: `http://127.0.0.1:${simPort}`,
  dataDir: process.env.E2E_DATA_DIR ?? join(tmpdir(), `switchboard-e2e-${process.pid}-${Date.now()}`),
  demoPassword: process.env.E2E_DEMO_PASSWORD ?? "e2e-demo-password-2026",
} as const;
