import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { getErrorMessage } from "@/lib/errors";
import { useUnlockUsers, type UnlockOutcome } from "../api/unlock-users";

/** Confirms, then unlocks every selected user; says which ones could not be unlocked and why. */
export function UnlockSelectedDialog({
  loginIds,
  nameOf,
  onUnlocked,
  onClose,
}: {
  loginIds: readonly string[];
  nameOf: (loginId: string) => string;
  onUnlocked: (loginIds: string[]) => void;
  onClose: () => void;
}) {
  const unlock = useUnlockUsers();
  const failed: UnlockOutcome[] = unlock.data?.filter((outcome) => outcome.error !== undefined) ?? [];
  const count = loginIds.length;
  const users = count === 1 ? "1 user" : `${count.toLocaleString("en-US")} users`;

  function confirm() {
    unlock.mutate(loginIds, {
      onSuccess: (outcomes) => {
        onUnlocked(outcomes.filter((outcome) => outcome.error === undefined).map((outcome) => outcome.loginId));
        if (outcomes.every((outcome) => outcome.error === undefined)) onClose();
      },
    });
  }

  return (
    <Dialog
      title={`Unlock ${users}?`}
      description="Each of them can sign in to the contact center again at once."
      onClose={onClose}
      isBusy={unlock.isPending}
    >
      <ul className="max-h-48 list-disc overflow-y-auto pl-5 text-sm text-slate-800">
        {loginIds.map((loginId) => (
          <li key={loginId}>{`${nameOf(loginId)} (${loginId})`}</li>
        ))}
      </ul>
      {unlock.isError && <Alert title="Nothing was unlocked">{getErrorMessage(unlock.error)}</Alert>}
      {failed.length > 0 && (
        <Alert title={`${failed.length} could not be unlocked`}>
          <ul className="list-disc pl-5">
            {failed.map(({ loginId, error }) => (
              <li key={loginId}>{`${nameOf(loginId)}: ${getErrorMessage(error)}`}</li>
            ))}
          </ul>
        </Alert>
      )}
      <DialogActions>
        <Button variant="secondary" data-autofocus onClick={onClose}>
          {failed.length > 0 ? "Close" : "Cancel"}
        </Button>
        {failed.length === 0 && (
          <Button isPending={unlock.isPending} onClick={confirm}>
            {unlock.isPending ? "Unlocking…" : `Unlock ${users}`}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
