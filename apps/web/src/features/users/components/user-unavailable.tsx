import { Link } from "react-router";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { paths } from "@/config/paths";
import { ApiError, getErrorMessage } from "@/lib/errors";

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** No such user (a mistyped or deleted login), or the user could not be loaded. */
export function UserUnavailable({ error, isRetrying, onRetry }: { error: unknown; isRetrying: boolean; onRetry: () => void }) {
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
  return (
    <Alert
      title="This user could not be loaded"
      action={
        <Button variant="secondary" isPending={isRetrying} onClick={onRetry}>
          Try again
        </Button>
      }
    >
      {getErrorMessage(error)}
    </Alert>
  );
}
