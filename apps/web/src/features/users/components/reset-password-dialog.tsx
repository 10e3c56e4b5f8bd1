import { useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { useResetPassword } from "../api/reset-password";
import { ResetPasswordForm } from "./reset-password-form";
import { TemporaryPasswordResult } from "./temporary-password-result";

/** Reset a user's password to a temporary one, then show it once. Closing forgets it. */
export function ResetPasswordDialog({
  loginId,
  displayName,
  onClose,
}: {
  loginId: string;
  displayName: string;
  onClose: () => void;
}) {
  const reset = useResetPassword(loginId);
  // A typed password is shown back from here, never from the BFF, which does not echo it.
  const [typed, setTyped] = useState<string | undefined>();
  const password = reset.data ? (reset.data.temporaryPassword ?? typed) : undefined;

  return (
    <Dialog
      title={`Reset the password of ${displayName}`}
      description={
        password === undefined
          ? `${displayName}’s current password stops working. They sign in with the temporary one and must then choose their own.`
          : undefined
      }
      onClose={onClose}
      isBusy={reset.isPending}
    >
      {password === undefined ? (
        <ResetPasswordForm
          loginId={loginId}
          isPending={reset.isPending}
          error={reset.error}
          onCancel={onClose}
          onSubmit={(chosen) => {
            setTyped(chosen);
            reset.mutate(chosen);
          }}
        />
      ) : (
        <TemporaryPasswordResult password={password} displayName={displayName} onDone={onClose} />
      )}
    </Dialog>
  );
}
