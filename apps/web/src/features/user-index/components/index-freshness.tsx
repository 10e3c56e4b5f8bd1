import type { UserIndexStatus } from "@switchboard/contracts";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/errors";
import { formatAgo } from "@/lib/format-ago";
import { useRefreshUserIndex } from "../api/refresh-user-index";

const count = (value: number) => value.toLocaleString("en-US");

function describeAge(status: UserIndexStatus, now: number): string {
  if (status.indexedAt === null) return "Teams and skills have not been read yet.";
  const age = `Teams and skills as read ${formatAgo(new Date(status.indexedAt), now)}`;
  return status.state === "stale" ? `${age}; they may be out of date.` : `${age}.`;
}

/**
 * How far a fill has gone, in words and as a bar: "1,234 of 20,000" users, or for an account scoped
 * to teams, whose list holds only its teams' users (decision 023), a share of the tenant. Undefined before the
 * list of users is read.
 */
function fillProgress({ done, total, percent }: UserIndexStatus): { label: string; value: number; max: number } | undefined {
  if (done !== undefined && total !== undefined) return total > 0 ? { label: `Reading users: ${count(done)} of ${count(total)}`, value: done, max: total } : undefined;
  return percent ? { label: `Reading users: ${percent}% done`, value: percent, max: 100 } : undefined;
}

/**
 * How old the user index is, its progress while it fills ("Reading users: 1,234 of 20,000"), what it
 * could not read, and, for those who may, a Refresh button. Changes made through Switchboard are in
 * it at once; this is for changes made elsewhere (the platform's own admin).
 */
// eslint-disable-next-line react-hooks/purity -- "how long ago" is read at render on purpose; tests pass `now`
export function IndexFreshness({ status, canRefresh, now = Date.now() }: { status: UserIndexStatus | undefined; canRefresh: boolean; now?: number }) {
  const refresh = useRefreshUserIndex();
  if (!status) return null;
  const filling = status.state === "filling";
  const progress = fillProgress(status);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
      {filling ? (
        <div className="flex items-center gap-2">
          <label htmlFor="user-index-progress">{progress?.label ?? "Reading the list of users…"}</label>
          <progress id="user-index-progress" max={progress?.max ?? 1} value={progress?.value ?? 0} className="h-2 w-32 accent-brand-700" />
        </div>
      ) : (
        <p>{describeAge(status, now)}</p>
      )}
      {status.failed > 0 && (
        <p className="text-amber-800">
          {count(status.failed)} {status.failed === 1 ? "user" : "users"} could not be read; refresh to try again.
        </p>
      )}
      {status.error && !filling && <p className="text-red-800">{status.error}</p>}
      {canRefresh && !filling && (
        <Button variant="secondary" size="sm" isPending={refresh.isPending} onClick={() => refresh.mutate()}>
          Refresh
        </Button>
      )}
      {refresh.isError && <p role="alert" className="text-red-800">The refresh could not start. {getErrorMessage(refresh.error)}</p>}
    </div>
  );
}
