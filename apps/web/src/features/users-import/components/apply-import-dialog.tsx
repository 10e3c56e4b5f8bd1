import type { ImportSummary } from "@switchboard/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";

const plural = (n: number) => (n === 1 ? "user" : "users");

/** "Create 3, update 12, delete 1 users?": only the counts that are not zero. */
export function applyQuestion(summary: ImportSummary): string {
  const parts = [
    summary.create > 0 ? `create ${summary.create}` : "",
    summary.update > 0 ? `update ${summary.update}` : "",
    summary.delete > 0 ? `delete ${summary.delete}` : "",
  ].filter((part) => part !== "");
  const sentence = parts.join(", ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} ${plural(summary.create + summary.update + summary.delete)}?`;
}

/**
 * Asks before a file is applied, naming what it will do. A file that deletes users makes it a
 * destructive confirmation, and Cancel the control that has focus.
 */
export function ApplyImportDialog({
  summary,
  fileName,
  isPending,
  error,
  onConfirm,
  onClose,
}: {
  summary: ImportSummary;
  fileName: string;
  isPending: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const deletes = summary.delete > 0;
  return (
    <Dialog
      title="Apply this file?"
      description={
        <>
          <span className="font-medium">{applyQuestion(summary)}</span> From {fileName}, as previewed. Rows already as the file wants them are left alone.
          {deletes && " Deleted users cannot be brought back."}
        </>
      }
      onClose={onClose}
      isBusy={isPending}
    >
      {error && <Alert title="The file was not applied">{error}</Alert>}
      <DialogActions>
        <Button variant="secondary" data-autofocus={deletes ? true : undefined} onClick={onClose} disabled={isPending}>
          Cancel
        </Button>
        <Button variant={deletes ? "danger" : "primary"} data-autofocus={deletes ? undefined : true} isPending={isPending} onClick={onConfirm}>
          {deletes ? `Apply and delete ${summary.delete} ${plural(summary.delete)}` : "Apply"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
