import { tmpdir } from "node:os";
import { join } from "node:path";

// Chosen once in Playwright's main process and inherited by its workers through the environment, so
// that two runs on one machine (two developers, or CI beside a dev server) do not fight over a port.
process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
process.env.E2E_SIM_PORT ??= String(Number(process.env.E2E_PORT) + 1);
process.env.E2E_DATA_DIR ??= join(tmpdir(), `switchboard-e2e-${process.pid}-${Date.now()}`);
// The Genesys demo beside it (PLATFORM=genesys): the next two ports, and a store of its own.
process.env.E2E_GENESYS_PORT ??= String(Number(process.env.E2E_PORT) + 2);
process.env.E2E_GENESYS_SIM_PORT ??= String(Number(process.env.E2E_GENESYS_PORT) + 1);
process.env.E2E_GENESYS_DATA_DIR ??= `${process.env.E2E_DATA_DIR}-genesys`;

// The product with single sign-on (project "sso"), and the OpenID provider it signs in through.
process.env.E2E_SSO_PORT ??= String(Number(process.env.E2E_PORT) + 4);
process.env.E2E_SSO_SIM_PORT ??= String(Number(process.env.E2E_SSO_PORT) + 1);
process.env.E2E_OIDC_PROVIDER_PORT ??= String(Number(process.env.E2E_SSO_PORT) + 2);
process.env.E2E_SSO_DATA_DIR ??= `${process.env.E2E_DATA_DIR}-sso`;

const port = Number(process.env.E2E_PORT);
const simPort = Number(process.env.E2E_SIM_PORT);
const genesysPort = Number(process.env.E2E_GENESYS_PORT);
const genesysSimPort = Number(process.env.E2E_GENESYS_SIM_PORT);
const demoPassword = process.env.E2E_DEMO_PASSWORD ?? "e2e-demo-password-2026";

/** The product as the e2e suite starts it: demo mode on its own ports, a fresh store per run. */
export const E2E = {
  port,
  simPort,
  baseUrl: `http://127.0.0.1:${port}`,
  simUrl: `http://127.0.0.1:${simPort}`,
  dataDir: process.env.E2E_DATA_DIR,
  demoPassword,
} as const;

/** The same product started with PLATFORM=genesys, on the built-in Genesys simulator: the "genesys" project's. */
export const E2E_GENESYS = {
  port: genesysPort,
  simPort: genesysSimPort,
  baseUrl: `http://127.0.0.1:${genesysPort}`,
  simUrl: `http://127.0.0.1:${genesysSimPort}`,
  dataDir: process.env.E2E_GENESYS_DATA_DIR,
  demoPassword,
} as const;

const ssoPort = Number(process.env.E2E_SSO_PORT);
const providerPort = Number(process.env.E2E_OIDC_PROVIDER_PORT);

/**
 * The product with single sign-on through `e2e/oidc-provider.ts` (a real oidc-provider, its people
 * those of apps/bff/test/oidc-test-provider.ts): the "sso" project's.
 */
export const E2E_SSO = {
  port: ssoPort,
  simPort: Number(process.env.E2E_SSO_SIM_PORT),
  baseUrl: `http://127.0.0.1:${ssoPort}`,
  dataDir: process.env.E2E_SSO_DATA_DIR,
  demoPassword,
  providerPort,
  issuer: `http://127.0.0.1:${providerPort}`,
  providerName: "Acme Login",
} as const;
