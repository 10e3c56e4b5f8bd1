import type { User } from "@switchboard/contracts";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SetAccountEnabledDialog } from "./set-account-enabled-dialog";

export function AccountEnabledButton({ user }: { user: User }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        {user.disabled ? "Enable account…" : "Disable account…"}
      </Button>
      {open && <SetAccountEnabledDialog user={user} onClose={() => setOpen(false)} />}
    </>
  );
}
