import { NewPasswordSchema, type Account } from "@switchboard/contracts";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useUpdateAccount } from "../api/update-account";
import { NewPasswordField } from "./new-password-field";

/** A new password for an account; the BFF ends every session of it (the admin's own included). */
export function SetPasswordDialog({
  account,
  isOwnAccount,
  onChanged,
  onClose,
}: {
  account: Account;
  isOwnAccount: boolean;
  onChanged: (account: Account) => void;
  onClose: () => void;
}) {
  const update = useUpdateAccount();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const passwordRef = useRef<HTMLInputElement>(null);

  function showError(message: string | undefined) {
    setError(message);
    if (message) passwordRef.current?.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const parsed = NewPasswordSchema.safeParse(password);
    if (!parsed.success) {
      update.reset();
      showError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    update.mutate(
      { username: account.username, change: { password: parsed.data } },
      {
        onSuccess: onChanged,
        onError: (failure) =>
          showError(failure instanceof ApiError ? fieldErrorsOf(failure.fieldErrors, ["password"]).password : undefined),
      },
    );
  }

  return (
    <Dialog
      title={`Set a new password for ${account.username}`}
      description={
        isOwnAccount
          ? "This is your own account: you are signed out and sign in again with the new password."
          : `${account.username} is signed out everywhere and signs in with the new password.`
      }
      onClose={onClose}
      isBusy={update.isPending}
    >
      <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
        {update.isError && (
          <Alert key={update.submittedAt} title="Could not set the password">
            {getErrorMessage(update.error)}
          </Alert>
        )}
        <NewPasswordField ref={passwordRef} label="New password" value={password} onChange={setPassword} error={error} />
        <DialogActions>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" isPending={update.isPending}>
            Set password
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
