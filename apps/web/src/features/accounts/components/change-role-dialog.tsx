import { AccountRoleSchema, type Account } from "@switchboard/contracts";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { getErrorMessage } from "@/lib/errors";
import { useUpdateAccount } from "../api/update-account";
import { roleOptions } from "../utils/roles";

/** A role is picked, then saved: arrowing through a select must not change anyone's access. */
export function ChangeRoleDialog({
  account,
  teamScopes,
  onChanged,
  onClose,
}: {
  account: Account;
  /** Whether the platform has teams (the roles' summaries name them only then). */
  teamScopes: boolean;
  onChanged: (account: Account) => void;
  onClose: () => void;
}) {
  const update = useUpdateAccount();
  const [role, setRole] = useState<string>(account.role);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const parsed = AccountRoleSchema.safeParse(role);
    if (!parsed.success || parsed.data === account.role) {
      onClose();
      return;
    }
    update.mutate({ username: account.username, change: { role: parsed.data } }, { onSuccess: onChanged });
  }

  return (
    <Dialog
      title={`Change the role of ${account.username}`}
      description="The new role applies from their next click; they stay signed in."
      onClose={onClose}
      isBusy={update.isPending}
    >
      <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
        {update.isError && (
          <Alert key={update.submittedAt} title="Could not change the role">
            {getErrorMessage(update.error)}
          </Alert>
        )}
        <SelectField
          data-autofocus
          label="Role"
          name="role"
          options={roleOptions(teamScopes)}
          value={role}
          onChange={(event) => setRole(event.target.value)}
        />
        <DialogActions>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" isPending={update.isPending}>
            Save role
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
