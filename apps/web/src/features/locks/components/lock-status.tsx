import { useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { getErrorMessage } from "@/lib/errors";
import { useLockState } from "../api/get-lock-state";
import { UnlockButton } from "./unlock-button";

/**
 * Whether too many failed sign-ins locked the account, and — for roles that may — the way out.
 * After an unlock the button is gone, so focus moves to the badge that now says so.
 */
export function LockStatus({
  loginId,
  displayName,
  canUnlock,
  onUnlocked,
}: {
  loginId: string;
  displayName: string;
  canUnlock: boolean;
  /** After an unlock, for what else the page shows about it (the user's history). */
  onUnlocked?: () => void;
}) {
  const lock = useLockState(loginId);
  const badgeRef = useRef<HTMLSpanElement>(null);

  if (lock.isPending) {
    return (
      <span className="inline-flex items-center gap-2 text-sm text-slate-700">
        <Spinner />
        Checking the lock…
      </span>
    );
  }
  if (lock.isError) {
    return (
      <div className="flex flex-col items-start gap-2 text-sm">
        <p className="text-red-800">{`Lock state unknown. ${getErrorMessage(lock.error)}`}</p>
        <Button variant="secondary" size="sm" isPending={lock.isFetching} onClick={() => void lock.refetch()}>
          Check again
        </Button>
      </div>
    );
  }

  const { lockedOut } = lock.data;
  return (
    <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
      <div className="flex flex-col gap-1">
        <span ref={badgeRef} tabIndex={-1} className="self-start rounded-full focus:outline-2 focus:outline-offset-2 focus:outline-brand-600">
          {lockedOut ? <Badge tone="danger">Locked</Badge> : <Badge tone="success">Not locked</Badge>}
        </span>
        {lockedOut && <span className="text-sm text-slate-700">Too many failed sign-ins locked the account.</span>}
      </div>
      {canUnlock && (
        <UnlockButton
          loginId={loginId}
          displayName={displayName}
          lockedOut={lockedOut}
          onUnlocked={() => {
            badgeRef.current?.focus();
            onUnlocked?.();
          }}
        />
      )}
    </div>
  );
}
