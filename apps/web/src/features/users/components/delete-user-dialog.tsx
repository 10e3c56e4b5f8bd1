import type { User } from "@switchboard/contracts";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { useDeleteUser } from "../api/delete-user";
import { displayNameOf } from "@/lib/display-name";

/**
 * Deleting a user cannot be undone, so the login must be typed to confirm: a glance at the name is not
 * enough when two people share one. A 404 means someone deleted them already, which is what was wanted.
 */
export function DeleteUserDialog({
  user,
  onDeleted,
  onClose,
}: {
  user: User;
  onDeleted: (outcome: { alreadyGone: boolean }) => void;
  onClose: () => void;
}) {
  const remove = useDeleteUser(user.loginId);
  const [typed, setTyped] = useState("");
  const name = displayNameOf(user);
  const matches = typed.trim() === user.loginId;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches || remove.isPending) return;
    remove.mutate(undefined, {
      onSuccess: () => onDeleted({ alreadyGone: false }),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 404) onDeleted({ alreadyGone: true });
      },
    });
  }

  return (
    <Dialog
      title={`Delete ${name}?`}
      description={
        <>
          The user <strong className="font-semibold">{user.loginId}</strong> is deleted from the contact center
          {user.extension ? ` and extension ${user.extension} is freed` : ""}. This cannot be undone; the audit trail keeps
          the record.
        </>
      }
      onClose={onClose}
      isBusy={remove.isPending}
    >
      <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
        <TextField
          data-autofocus
          label={`Type ${user.loginId} to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          hint="Delete user works once the login is typed exactly."
        />
        {remove.isError && !(remove.error instanceof ApiError && remove.error.status === 404) && (
          <Alert key={remove.submittedAt} title={`${name} was not deleted`}>
            {getErrorMessage(remove.error)}
          </Alert>
        )}
        <DialogActions>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={!matches} isPending={remove.isPending}>
            Delete user
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
