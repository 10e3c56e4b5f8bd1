import type { Account } from "@switchboard/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { getErrorMessage } from "@/lib/errors";
import { useUpdateAccount } from "../api/update-account";

/** Disabling signs the account out at once; enabling lets it sign in again. Both are confirmed. */
export function SetDisabledDialog({
  account,
  onChanged,
  onClose,
}: {
  account: Account;
  onChanged: (account: Account) => void;
  onClose: () => void;
}) {
  const update = useUpdateAccount();
  const disable = !account.disabled;
  const verb = disable ? "Disable" : "Enable";

  return (
    <Dialog
      title={`${verb} ${account.username}?`}
      description={
        disable
          ? `${account.username} is signed out at once and cannot sign in until an admin enables the account again.`
          : `${account.username} can sign in again with their current password.`
      }
      onClose={onClose}
      isBusy={update.isPending}
    >
      {update.isError && (
        <Alert key={update.submittedAt} title={`Could not ${verb.toLowerCase()} ${account.username}`}>
          {getErrorMessage(update.error)}
        </Alert>
      )}
      <DialogActions>
        {/* The safe choice has focus first: Enter right away changes nothing. */}
        <Button variant="secondary" data-autofocus onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant={disable ? "danger" : "primary"}
          isPending={update.isPending}
          onClick={() =>
            update.mutate({ username: account.username, change: { disabled: disable } }, { onSuccess: onChanged })
          }
        >
          {`${verb} ${account.username}`}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
