import type { User } from "@switchboard/contracts";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DeleteUserDialog } from "./delete-user-dialog";

/** The one irreversible action on the page, set apart at its foot (admin). */
export function DangerZone({ user, onDeleted }: { user: User; onDeleted: (outcome: { alreadyGone: boolean }) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="danger-zone" className="rounded-lg border border-red-300 bg-white px-4 py-3 shadow-xs sm:px-6">
      <h2 id="danger-zone" className="pt-1 text-base font-semibold text-red-900">
        Danger zone
      </h2>
      <div className="flex flex-wrap items-center justify-between gap-3 py-3">
        <p className="text-sm text-slate-700">Delete this user from the contact center. This cannot be undone.</p>
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete user…
        </Button>
      </div>
      {open && <DeleteUserDialog user={user} onDeleted={onDeleted} onClose={() => setOpen(false)} />}
    </section>
  );
}
