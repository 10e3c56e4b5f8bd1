import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { E2E } from "./tests/support/environment.ts";

/** Playwright's own Chromium when it is installed; otherwise CHROMIUM_PATH or Debian's /usr/bin/chromium. */
function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registry entry for this platform: fall through to the system browser.
  }
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

const repo = join(import.meta.dirname, "..");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

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
      executablePath: chromiumExecutable(),
      args: [
        ...(isRoot ? ["--no-sandbox"] : []),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
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
