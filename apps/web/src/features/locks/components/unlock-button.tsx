import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { getErrorMessage } from "@/lib/errors";
import { useUnlockUser } from "../api/unlock-user";

/**
 * Clears a lockout in one click. It stays mounted whether or not the account is locked, so the
 * outcome of its request always reaches it: success is a toast (the lock badge changes from the
 * BFF's answer); a failure stays on the page until the next try, since the person is likely on the
 * phone and may look away.
 */
export function UnlockButton({
  loginId,
  displayName,
  lockedOut,
  onUnlocked,
}: {
  loginId: string;
  displayName: string;
  lockedOut: boolean;
  onUnlocked?: () => void;
}) {
  const unlock = useUnlockUser(loginId);
  const showToast = useToast();

  return (
    <div className="flex flex-col items-start gap-2">
      {lockedOut && (
        <Button
          size="sm"
          isPending={unlock.isPending}
          onClick={() =>
            unlock.mutate(undefined, {
              onSuccess: (state) => {
                if (!state.lockedOut) showToast(`Unlocked ${displayName}’s account.`);
                onUnlocked?.();
              },
            })
          }
        >
          {unlock.isPending ? "Unlocking…" : "Unlock"}
        </Button>
      )}
      {unlock.isError && (
        <p key={unlock.submittedAt} role="alert" className="text-sm text-red-800">
          {`Could not unlock the account. ${getErrorMessage(unlock.error)}`}
        </p>
      )}
    </div>
  );
}
