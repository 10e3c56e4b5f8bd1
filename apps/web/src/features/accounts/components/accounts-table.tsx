import type { Account } from "@switchboard/contracts";
import { useId } from "react";
import { Link } from "react-router";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { columnHeaderClass, MobileLabel, stackedTable, wholeLine } from "@/components/ui/table-cells";
import { paths } from "@/config/paths";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { isSameAccount, roleLabel } from "../utils/roles";
import { teamsLabel } from "../utils/teams";

const COLUMNS = ["Name", "Role", "Teams", "Status", "Created", "Actions"] as const;

export type AccountAction = "role" | "teams" | "password" | "disabled" | "remove";

const { table, head, body, row, cell } = stackedTable.md;
const cellClass = `${cell} md:align-middle`;

export function AccountsTable({
  accounts,
  ownUsername,
  teamScopes,
  onAction,
}: {
  accounts: readonly Account[];
  /** The signed-in admin: their own role, status and existence are for another admin to change. */
  ownUsername: string | undefined;
  /** Whether the platform has teams to scope an account to; without, no Teams column and no Set teams. */
  teamScopes: boolean;
  onAction: (action: AccountAction, account: Account) => void;
}) {
  const ownNoteId = useId();
  return (
    // On a phone each account is a card, its actions on screen (no sideways scrolling); `relative`
    // keeps the buttons' screen-reader-only words inside the box (else they widen the page).
    <div className="relative rounded-md border border-slate-200 bg-white">
      <table className={table}>
        <caption className="sr-only">Dashboard accounts</caption>
        <thead className={head}>
          <tr>
            {COLUMNS.filter((column) => teamScopes || column !== "Teams").map((column) => (
              <th key={column} scope="col" className={columnHeaderClass}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={body}>
          {accounts.map((account) => {
            const own = isSameAccount(account.username, ownUsername);
            const name = account.username;
            return (
              <tr key={name} className={`${row} last:border-b-0`}>
                <th scope="row" className={`${cellClass} ${wholeLine} text-left text-base font-medium break-all text-slate-900 md:text-sm`}>
                  {name}
                  {own && (
                    <>
                      {" "}
                      <Badge>you</Badge>
                    </>
                  )}
                  {account.sso && (
                    <>
                      {" "}
                      <Badge>
                        SSO<span className="sr-only">: signs in through the identity provider</span>
                      </Badge>
                    </>
                  )}
                </th>
                <td className={cellClass}>
                  <MobileLabel>Role</MobileLabel>
                  {roleLabel(account.role)}
                </td>
                {teamScopes && (
                  <td className={cellClass}>
                    <MobileLabel>Teams</MobileLabel>
                    {teamsLabel(account.teams)}
                  </td>
                )}
                <td className={cellClass}>
                  <MobileLabel>Status</MobileLabel>
                  {account.disabled ? <Badge tone="warning">Disabled</Badge> : <Badge tone="success">Active</Badge>}
                </td>
                <td className={`${cellClass} whitespace-nowrap`}>
                  <MobileLabel>Created</MobileLabel>
                  <time dateTime={account.createdAt} title={formatDateTime(account.createdAt)}>
                    {formatDate(account.createdAt)}
                  </time>
                </td>
                <td className={`${cellClass} ${wholeLine}`}>
                  <div className="-mx-3 flex flex-wrap items-center gap-1 md:mx-0">
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={own}
                      aria-describedby={own ? ownNoteId : undefined}
                      onClick={() => onAction("role", account)}
                    >
                      Change role <span className="sr-only">of {name}</span>
                    </Button>
                    {/* An admin acts on every team; an SSO account's teams are the identity provider's. */}
                    {teamScopes && account.role !== "admin" && !account.sso && (
                      <Button variant="ghost" size="sm" onClick={() => onAction("teams", account)}>
                        Set teams <span className="sr-only">of {name}</span>
                      </Button>
                    )}
                    {/* An SSO account has no password here: it is set at the identity provider. */}
                    {!account.sso && (
                      <Button variant="ghost" size="sm" onClick={() => onAction("password", account)}>
                        Set password <span className="sr-only">for {name}</span>
                      </Button>
                    )}
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={own}
                      aria-describedby={own ? ownNoteId : undefined}
                      onClick={() => onAction("disabled", account)}
                    >
                      {account.disabled ? "Enable" : "Disable"} <span className="sr-only">{name}</span>
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={own}
                      aria-describedby={own ? ownNoteId : undefined}
                      onClick={() => onAction("remove", account)}
                      className="text-red-800 hover:bg-red-50 hover:text-red-900"
                    >
                      Remove <span className="sr-only">{name}</span>
                    </Button>
                    <Link
                      to={paths.audit.getHref({ target: name })}
                      className="inline-flex min-h-8 items-center rounded-md px-3 font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                    >
                      History <span className="sr-only">of {name}</span>
                    </Link>
                  </div>
                  {own && (
                    <p id={ownNoteId} className="mt-1 text-xs text-slate-600 md:px-3">
                      Your own role, status and account are for another admin to change.
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
