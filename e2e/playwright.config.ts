import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium.ts";
import { E2E } from "./tests/support/environment.ts";

const repo = join(import.meta.dirname, "..");

export default defineConfig({
  testDir: "./tests",
  // Per run (the port is chosen per run), so two runs on one machine never share artifacts.
  outputDir: `./test-results/run-${E2E.port}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: E2E.baseUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: `pnpm --dir "${repo}" --filter @switchboard/web build && node "${join(repo, "apps/bff/src/server.ts")}"`,
    url: `${E2E.baseUrl}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: process.env.E2E_SERVER_OUTPUT ? "pipe" : "ignore",
    stderr: "pipe",
    env: {
      PORT: String(E2E.port),
      HOST: "127.0.0.1",
      DATA_DIR: E2E.dataDir,
      DEMO_PASSWORD: E2E.demoPassword,
      DEMO_SIM_PORT: String(E2E.simPort),
      DEMO_TENANT_USERS: "500",
      LOG_LEVEL: "error",
    },
  },
});
