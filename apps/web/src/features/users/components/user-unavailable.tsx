import { Link } from "react-router";
import { LoadError } from "@/components/ui/load-error";
import { paths } from "@/config/paths";
import { ApiError, getErrorMessage } from "@/lib/errors";

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** The account is scoped to teams and this user is in another (decision 023): retrying will not help. */
export function isOutsideTeamScope(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.problem?.type === "/problems/outside-team-scope";
}

/** No such user (a mistyped or deleted login), one outside the account's teams, or the user could not be loaded. */
export function UserUnavailable({ error, isRetrying, onRetry }: { error: unknown; isRetrying: boolean; onRetry: () => void }) {
  if (isOutsideTeamScope(error)) {
    return (
      <div role="alert" className="flex flex-col gap-3">
        <p className="font-medium text-slate-900">This user is outside your teams.</p>
        <p className="text-slate-700">{getErrorMessage(error)} An admin can change which teams your account covers.</p>
      </div>
    );
  }
  if (isNotFound(error)) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-slate-700">{getErrorMessage(error)} The login may be mistyped, or the user was deleted.</p>
        <p>
          <Link to={paths.directory.getHref()} className="font-medium text-brand-700 underline underline-offset-2">
            Search the Directory
          </Link>
        </p>
      </div>
    );
  }
  return <LoadError title="This user could not be loaded" error={error} isRetrying={isRetrying} onRetry={onRetry} />;
}
