import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ResetPasswordDialog } from "./reset-password-dialog";

export function ResetPasswordButton({ loginId, displayName }: { loginId: string; displayName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Reset password…
      </Button>
      {open && <ResetPasswordDialog loginId={loginId} displayName={displayName} onClose={() => setOpen(false)} />}
    </>
  );
}
