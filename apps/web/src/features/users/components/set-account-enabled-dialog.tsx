import type { User } from "@switchboard/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { getErrorMessage } from "@/lib/errors";
import { useUpdateUser } from "../api/update-user";
import { displayNameOf } from "@/lib/display-name";

/**
 * Enable or disable a user's contact-center account, after a confirmation. Sends what the page showed
 * as `expected`; a flag someone already set the same way is no conflict, so this never meets one.
 */
export function SetAccountEnabledDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const update = useUpdateUser(user.loginId);
  const showToast = useToast();
  const name = displayNameOf(user);
  const disabling = !user.disabled;

  function confirm() {
    update.mutate(
      { disabled: disabling, expected: { disabled: user.disabled } },
      {
        onSuccess: () => {
          showToast(disabling ? `Disabled ${name}’s account.` : `Enabled ${name}’s account.`);
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      title={disabling ? `Disable ${name}’s account?` : `Enable ${name}’s account?`}
      description={
        disabling
          ? `${name} (${user.loginId}) can no longer sign in to the contact center until the account is enabled again. Their settings are kept.`
          : `${name} (${user.loginId}) can sign in to the contact center again.`
      }
      onClose={onClose}
      isBusy={update.isPending}
    >
      {update.isError && (
        <Alert key={update.submittedAt} title={disabling ? "The account was not disabled" : "The account was not enabled"}>
          {getErrorMessage(update.error)}
        </Alert>
      )}
      <DialogActions>
        <Button variant="secondary" data-autofocus onClick={onClose}>
          Cancel
        </Button>
        <Button variant={disabling ? "danger" : "primary"} isPending={update.isPending} onClick={confirm}>
          {disabling ? "Disable account" : "Enable account"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
