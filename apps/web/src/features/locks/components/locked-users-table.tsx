import type { LockScanResult } from "@switchboard/contracts";
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { columnHeaderClass } from "@/components/ui/table-cells";
import { paths } from "@/config/paths";
import { formatDateTime } from "@/lib/format-date";
import { UnlockButton } from "./unlock-button";
import { UnlockSelectedDialog } from "./unlock-selected-dialog";

export type LockedUsersTableProps = {
  result: LockScanResult;
  /** The user's name as the directory shows it (the login when it does not list them). */
  nameOf: (loginId: string) => string;
  /** The user's team, from wherever the page reads it. */
  renderTeam: (loginId: string) => ReactNode;
};

function usersCount(count: number): string {
  return count === 1 ? "1 user" : `${count.toLocaleString("en-US")} users`;
}

/**
 * The users a scan found locked out: each with Unlock, or select several and "Unlock selected".
 * An account unlocked here stays in the list marked "Unlocked" until the next scan, so the
 * person sees what they did.
 */
export function LockedUsersTable({ result, nameOf, renderTeam }: LockedUsersTableProps) {
  const [unlocked, setUnlocked] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const stillLocked = result.lockedOut.filter((loginId) => !unlocked.has(loginId));
  const chosen = stillLocked.filter((loginId) => selected.has(loginId));

  function markUnlocked(loginIds: readonly string[]) {
    setUnlocked((current) => new Set([...current, ...loginIds]));
    setSelected((current) => new Set([...current].filter((loginId) => !loginIds.includes(loginId))));
  }

  function toggle(loginId: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(loginId);
      else next.delete(loginId);
      return next;
    });
  }

  const summary = `Scanned ${formatDateTime(result.scannedAt)}.`;
  if (result.lockedOut.length === 0) {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="text-slate-900">
          <span className="font-medium">Nobody is locked out.</span> {summary}
        </p>
        <Unreadable loginIds={result.unreadable} nameOf={nameOf} />
      </div>
    );
  }

  const allChosen = stillLocked.length > 0 && chosen.length === stillLocked.length;
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-slate-900">
        <span className="font-medium">{`${usersCount(result.lockedOut.length)} locked out.`}</span> {summary}
      </p>
      <Unreadable loginIds={result.unreadable} nameOf={nameOf} />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
          {chosen.length > 0 ? `Unlock selected (${chosen.length})` : "Unlock selected"}
        </Button>
      </div>
      <table aria-label="Locked-out users" className="w-full border-collapse rounded-md border border-slate-200 bg-white text-sm">
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={columnHeaderClass}>
              <input
                type="checkbox"
                aria-label="Select every locked user"
                className="size-4 accent-brand-700"
                checked={allChosen}
                disabled={stillLocked.length === 0}
                onChange={(event) => setSelected(event.target.checked ? new Set(stillLocked) : new Set())}
              />
            </th>
            <th scope="col" className={columnHeaderClass}>Name</th>
            <th scope="col" className={columnHeaderClass}>Login</th>
            <th scope="col" className={columnHeaderClass}>Team</th>
            <th scope="col" className={columnHeaderClass}>
              <span className="sr-only">Unlock</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.lockedOut.map((loginId) => {
            const name = nameOf(loginId);
            const isUnlocked = unlocked.has(loginId);
            return (
              <tr key={loginId} className="border-b border-slate-200 last:border-b-0">
                <td className="px-3 py-2">
                  {!isUnlocked && (
                    <input
                      type="checkbox"
                      aria-label={`Select ${name}`}
                      className="size-4 accent-brand-700"
                      checked={selected.has(loginId)}
                      onChange={(event) => toggle(loginId, event.target.checked)}
                    />
                  )}
                </td>
                <td className="px-3 py-2 font-medium">
                  <Link to={paths.user.getHref(loginId)} className="text-brand-700 underline-offset-2 hover:underline">
                    {name}
                  </Link>
                </td>
                <td className="px-3 py-2 text-slate-600">{loginId}</td>
                <td className="px-3 py-2">{renderTeam(loginId)}</td>
                <td className="px-3 py-2">
                  {isUnlocked ? (
                    <Badge tone="success">Unlocked</Badge>
                  ) : (
                    <UnlockButton loginId={loginId} displayName={name} lockedOut onUnlocked={() => markUnlocked([loginId])} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {confirming && (
        <UnlockSelectedDialog loginIds={chosen} nameOf={nameOf} onUnlocked={markUnlocked} onClose={() => setConfirming(false)} />
      )}
    </div>
  );
}

function Unreadable({ loginIds, nameOf }: { loginIds: readonly string[]; nameOf: (loginId: string) => string }) {
  if (loginIds.length === 0) return null;
  return (
    <Alert title={`The lock state of ${usersCount(loginIds.length)} could not be read`}>
      {`Scan again to check them: ${loginIds.map(nameOf).join(", ")}.`}
    </Alert>
  );
}
