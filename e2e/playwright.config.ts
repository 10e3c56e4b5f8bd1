import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium.ts";
import { SWITCHBOARD_CLIENT, TEST_ROLE_MAP } from "../apps/bff/test/oidc-test-provider.ts";
import { E2E, E2E_GENESYS, E2E_SSO } from "./tests/support/environment.ts";

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
    // Every spec but the Genesys ones, against the Bright Pattern demo.
    { name: "desktop", testIgnore: ["genesys/**", "sso/**"], use: { ...devices["Desktop Chrome"], channel: undefined } },
    // The specs under tests/genesys/, against the same product started with PLATFORM=genesys.
    { name: "genesys", testDir: "./tests/genesys", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: E2E_GENESYS.baseUrl } },
    // The specs under tests/sso/, against a third instance signing in through a real OpenID provider.
    { name: "sso", testDir: "./tests/sso", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: E2E_SSO.baseUrl } },
  ],
  webServer: [
    {
      // Builds the SPA both servers serve; the Genesys one starts once this one answers.
      command: `pnpm --dir "${repo}" --filter @switchboard/web build && node "${join(repo, "apps/bff/src/server.ts")}"`,
      url: `${E2E.baseUrl}/api/health`,
      ...serverOptions(),
      env: serverEnv(E2E, { DEMO_TENANT_USERS: "500" }),
    },
    {
      command: `node "${join(repo, "apps/bff/src/server.ts")}"`,
      url: `${E2E_GENESYS.baseUrl}/api/health`,
      ...serverOptions(),
      env: serverEnv(E2E_GENESYS, { PLATFORM: "genesys", DEMO_TENANT_USERS: "500" }),
    },
    {
      // The OpenID provider the "sso" instance signs in through (oidc-provider, in its own process).
      command: `node "${join(import.meta.dirname, "oidc-provider.ts")}"`,
      url: `${E2E_SSO.issuer}/.well-known/openid-configuration`,
      ...serverOptions(),
      env: { OIDC_PROVIDER_PORT: String(E2E_SSO.providerPort), SWITCHBOARD_ORIGIN: E2E_SSO.baseUrl },
    },
    {
      command: `node "${join(repo, "apps/bff/src/server.ts")}"`,
      url: `${E2E_SSO.baseUrl}/api/health`,
      ...serverOptions(),
      env: serverEnv(E2E_SSO, {
        DEMO_TENANT_USERS: "200",
        PUBLIC_ORIGIN: E2E_SSO.baseUrl,
        OIDC_ISSUER: E2E_SSO.issuer,
        OIDC_CLIENT_ID: SWITCHBOARD_CLIENT.clientId,
        OIDC_CLIENT_SECRET: SWITCHBOARD_CLIENT.clientSecret,
        OIDC_ROLE_MAP: TEST_ROLE_MAP,
        OIDC_TEAMS_CLAIM: "teams",
        OIDC_DISPLAY_NAME: E2E_SSO.providerName,
      }),
    },
  ],
});

function serverOptions() {
  return {
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: process.env.E2E_SERVER_OUTPUT ? ("pipe" as const) : ("ignore" as const),
    stderr: "pipe" as const,
  };
}

/** Demo mode on the instance's own ports and store, with the one demo password of the run. */
function serverEnv(product: typeof E2E | typeof E2E_GENESYS | typeof E2E_SSO, extra: Record<string, string>): Record<string, string> {
  return {
    PORT: String(product.port),
    HOST: "127.0.0.1",
    DATA_DIR: product.dataDir,
    DEMO_PASSWORD: product.demoPassword,
    DEMO_SIM_PORT: String(product.simPort),
    LOG_LEVEL: "error",
    ...extra,
  };
}
