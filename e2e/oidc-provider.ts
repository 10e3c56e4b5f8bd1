/**
 * The OpenID provider of the e2e "sso" project: the tests' real oidc-provider (people ann, bob and
 * carol, their roles and teams in the ID token), on OIDC_PROVIDER_PORT, with Switchboard at
 * SWITCHBOARD_ORIGIN registered as its client. Playwright starts it as a webServer and stops it.
 */
import { SSO_CALLBACK_PATH } from "../apps/bff/src/config/env.ts";
import { startOidcProvider } from "../apps/bff/test/oidc-test-provider.ts";

const port = Number(process.env["OIDC_PROVIDER_PORT"]);
const origin = process.env["SWITCHBOARD_ORIGIN"];
if (!port || !origin) throw new Error("OIDC_PROVIDER_PORT and SWITCHBOARD_ORIGIN are required");

const provider = await startOidcProvider({ port });
provider.register({ redirectUri: `${origin}${SSO_CALLBACK_PATH}`, postLogoutRedirectUri: `${origin}/sign-in` });
console.log(`OpenID provider for the e2e suite at ${provider.issuer}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void provider.close().finally(() => process.exit(0)));
}
