import type { Account } from "@switchboard/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { getErrorMessage } from "@/lib/errors";
import { useRemoveAccount } from "../api/remove-account";

export function RemoveAccountDialog({
  account,
  onRemoved,
  onClose,
}: {
  account: Account;
  onRemoved: () => void;
  onClose: () => void;
}) {
  const remove = useRemoveAccount();

  return (
    <Dialog
      title={`Remove ${account.username}?`}
      description={
        <>
          The account <strong className="font-semibold">{account.username}</strong> is signed out and deleted; it
          cannot be undone. What it did stays in the audit trail.
        </>
      }
      onClose={onClose}
      isBusy={remove.isPending}
    >
      {remove.isError && (
        <Alert key={remove.submittedAt} title={`Could not remove ${account.username}`}>
          {getErrorMessage(remove.error)}
        </Alert>
      )}
      <DialogActions>
        <Button variant="secondary" data-autofocus onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="danger"
          isPending={remove.isPending}
          onClick={() => remove.mutate(account.username, { onSuccess: onRemoved })}
        >
          {`Remove ${account.username}`}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
