import type { QueryClient } from "@tanstack/react-query";
import { PageHeading } from "@/components/layouts/page-heading";
import { paths } from "@/config/paths";
import { accountsQueryOptions } from "@/features/accounts/api/get-accounts";
import { Accounts } from "@/features/accounts/components/accounts";
import { useSession } from "@/features/session/api/get-session";
import { usePermissions } from "@/features/session/hooks/use-permissions";

/** Starts the download without holding the page: it shows its own loading state. */
export function clientLoader(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(accountsQueryOptions());
    return null;
  };
}

export default function AccountsRoute() {
  const { data: session } = useSession();
  // A platform without teams (Genesys) has no scopes to set: the BFF refuses them (decision 023).
  const { supports } = usePermissions();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageHeading title={paths.accounts.title} />
        <p className="mt-1 text-slate-700">Who may sign in to Switchboard, and with which role.</p>
      </div>
      <Accounts ownUsername={session?.account.username} teamScopes={supports("listTeams")} />
    </div>
  );
}
