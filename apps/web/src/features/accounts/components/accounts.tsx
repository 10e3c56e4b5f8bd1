import type { Account } from "@switchboard/contracts";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/ui/load-error";
import { StatusLine } from "@/components/ui/status-line";
import { useToast } from "@/components/ui/toast";
import { useAccounts } from "../api/get-accounts";
import { isSameAccount, withArticle } from "../utils/roles";
import { AccountsTable, type AccountAction } from "./accounts-table";
import { ChangeRoleDialog } from "./change-role-dialog";
import { CreateAccountDialog } from "./create-account-dialog";
import { RemoveAccountDialog } from "./remove-account-dialog";
import { SetDisabledDialog } from "./set-disabled-dialog";
import { SetPasswordDialog } from "./set-password-dialog";
import { SetTeamsDialog } from "./set-teams-dialog";
import { teamsLabel } from "../utils/teams";

type OpenDialog = { action: "create" } | { action: AccountAction; account: Account } | null;

function countAccounts(count: number): string {
  return `${count} ${count === 1 ? "account" : "accounts"}`;
}

/**
 * The dashboard's own accounts: who may sign in to Switchboard, and with which role. `teamScopes`:
 * the platform has teams to scope an account to (decision 023); without (Genesys) the page says
 * nothing of teams.
 */
export function Accounts({ ownUsername, teamScopes }: { ownUsername: string | undefined; teamScopes: boolean }) {
  const accounts = useAccounts();
  const showToast = useToast();
  const [open, setOpen] = useState<OpenDialog>(null);
  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    showToast(message);
  };

  let status = "";
  if (accounts.data) status = accounts.data.length > 0 ? countAccounts(accounts.data.length) : "There are no accounts yet.";
  else if (accounts.isPending) status = "Loading the accounts…";

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <StatusLine isPending={accounts.isPending}>{status}</StatusLine>
        <Button onClick={() => setOpen({ action: "create" })}>New account</Button>
      </div>

      {accounts.data
        ? accounts.data.length > 0 && (
            <AccountsTable
              accounts={accounts.data}
              ownUsername={ownUsername}
              teamScopes={teamScopes}
              onAction={(action, account) => setOpen({ action, account })}
            />
          )
        : accounts.isError && (
            <LoadError
              title="The accounts could not be loaded"
              error={accounts.error}
              isRetrying={accounts.isFetching}
              onRetry={() => void accounts.refetch()}
            />
          )}

      {open?.action === "create" && (
        <CreateAccountDialog
          teamScopes={teamScopes}
          onClose={close}
          onCreated={(account) => done(`Created ${account.username}, ${withArticle(account.role)}.`)}
        />
      )}
      {open?.action === "role" && (
        <ChangeRoleDialog
          account={open.account}
          teamScopes={teamScopes}
          onClose={close}
          onChanged={(account) => done(`${account.username} is now ${withArticle(account.role)}.`)}
        />
      )}
      {open?.action === "teams" && (
        <SetTeamsDialog
          account={open.account}
          onClose={close}
          onChanged={(account) => done(`${account.username} now acts on: ${teamsLabel(account.teams)}.`)}
        />
      )}
      {open?.action === "password" && (
        <SetPasswordDialog
          account={open.account}
          isOwnAccount={isSameAccount(open.account.username, ownUsername)}
          onClose={close}
          onChanged={(account) =>
            done(
              isSameAccount(account.username, ownUsername)
                ? "Your password is changed. Sign in again with it."
                : `Set a new password for ${account.username} and signed them out.`,
            )
          }
        />
      )}
      {open?.action === "disabled" && (
        <SetDisabledDialog
          account={open.account}
          onClose={close}
          onChanged={(account) =>
            done(account.disabled ? `Disabled ${account.username} and signed them out.` : `Enabled ${account.username}.`)
          }
        />
      )}
      {open?.action === "remove" && (
        <RemoveAccountDialog
          account={open.account}
          onClose={close}
          onRemoved={() => done(`Removed ${open.account.username}.`)}
        />
      )}
    </div>
  );
}
