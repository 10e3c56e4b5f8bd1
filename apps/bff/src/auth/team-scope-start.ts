import type { Capabilities } from "@switchboard/contracts";
import type { AccountsStore } from "./accounts-store.ts";
import { teamScopeOf, teamsOfPlatform } from "./team-scope.ts";

/**
 * Why this start must stop, or undefined: a platform without teams (Genesys) cannot honour a team
 * scope, and running as if the account were unscoped would give it the whole tenant (decision 023).
 */
export async function teamScopeRefusal(
  accounts: Pick<AccountsStore, "list">,
  capabilities: Pick<Capabilities, "platform" | "operations">,
  teamsClaim: string | undefined,
): Promise<string | undefined> {
  const { platform, supported } = teamsOfPlatform(capabilities);
  if (supported) return undefined;
  if (teamsClaim !== undefined) {
    return `OIDC_TEAMS_CLAIM is set, but this contact center (${platform}) has no teams to scope accounts to. Leave OIDC_TEAMS_CLAIM unset.`;
  }
  // An SSO account's teams are the provider's, replaced at its next sign-in (with none, the claim unset);
  // until then its scope matches no user here (Genesys users have no team): it fails closed.
  const scoped = (await accounts.list())
    .filter((account) => account.ssoSubject === null && teamScopeOf(account.role, account.teams) !== null)
    .map((account) => account.username);
  if (scoped.length === 0) return undefined;
  return (
    `This contact center (${platform}) has no teams, and these accounts are scoped to teams: ${scoped.join(", ")}. ` +
    `Give them the whole tenant with: pnpm accounts set-teams <name> --all (or remove them).`
  );
}
