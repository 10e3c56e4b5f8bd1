import type { Blocker } from "react-router";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";

/** Asks before a navigation drops unsaved edits; Stay (and Escape) keeps them. */
export function UnsavedChangesDialog({ blocker, what }: { blocker: Blocker; what: string }) {
  if (blocker.state !== "blocked") return null;
  return (
    <Dialog title="Leave without saving?" description={`Your changes to ${what} are not saved yet. Leaving the page drops them.`} onClose={() => blocker.reset()}>
      <DialogActions>
        <Button variant="secondary" data-autofocus onClick={() => blocker.reset()}>
          Stay on this page
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed()}>
          Leave and discard changes
        </Button>
      </DialogActions>
    </Dialog>
  );
}
