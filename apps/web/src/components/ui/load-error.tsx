import { getErrorMessage } from "@/lib/errors";
import { Alert } from "./alert";
import { Button } from "./button";

/** A list or record that failed to load, in place, with "Try again" to fetch it once more. */
export function LoadError({
  title,
  error,
  isRetrying,
  onRetry,
}: {
  title: string;
  error: unknown;
  isRetrying: boolean;
  onRetry: () => void;
}) {
  return (
    <Alert
      title={title}
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
