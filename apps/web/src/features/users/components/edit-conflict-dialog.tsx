import type { EditableUserField, EditableUserValues, EditConflict } from "@switchboard/contracts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { getErrorMessage } from "@/lib/errors";
import { formatAgo } from "../utils/format-moment";
import { describeSkills } from "../utils/skill-drafts";

const FIELD_LABELS: Record<EditableUserField, string> = {
  skills: "Skills",
  team: "Team",
  disabled: "Account",
  changePassword: "Password",
  firstName: "First name",
  lastName: "Last name",
  roles: "Roles",
};

function describe(field: EditableUserField, value: unknown): string {
  if (field === "skills") return describeSkills(value as EditableUserValues["skills"]);
  if (field === "team") return (value as string | null) ?? "no team";
  if (field === "disabled") return value ? "disabled" : "enabled";
  if (field === "firstName" || field === "lastName") return String(value);
  if (field === "roles") return (value as string[]).join(", ") || "no roles";
  return value ? "must change password" : "no change pending";
}

/**
 * Someone else changed what this editor is about to save. Shows, field by field, what the editor saw,
 * what is there now, and what they meant to save; then reload (take theirs) or overwrite (keep mine).
 */
export function EditConflictDialog({
  conflict,
  seen,
  mine,
  isPending,
  error,
  onReload,
  onOverwrite,
  onClose,
}: {
  conflict: EditConflict;
  seen: Partial<EditableUserValues>;
  mine: Partial<EditableUserValues>;
  isPending: boolean;
  error: unknown;
  onReload: () => void;
  onOverwrite: () => void;
  onClose: () => void;
}) {
  const who = conflict.lastChange
    // eslint-disable-next-line react-hooks/purity -- "how long ago" is read when the dialog renders, on purpose
    ? `${conflict.lastChange.actor} changed it ${formatAgo(new Date(conflict.lastChange.at), Date.now())}.`
    : "The change was made outside Switchboard.";
  return (
    <Dialog title="Someone else changed this user" description={`While you were editing, this user was changed. ${who}`} onClose={onClose} isBusy={isPending} className="max-w-xl">
      <dl className="flex flex-col gap-3 text-sm">
        {conflict.conflicts.map((field) => (
          <div key={field} className="rounded-md border border-slate-200 p-3">
            <dt className="font-semibold text-slate-900">{FIELD_LABELS[field]}</dt>
            <dd className="mt-1 grid gap-1 sm:grid-cols-[9rem_minmax(0,1fr)]">
              <span className="text-slate-700">When you opened it</span>
              <span>{describe(field, seen[field])}</span>
              <span className="text-slate-700">Now</span>
              <span className="font-medium">{describe(field, conflict.current[field])}</span>
              <span className="text-slate-700">Your change</span>
              <span>{describe(field, mine[field])}</span>
            </dd>
          </div>
        ))}
      </dl>
      {error !== null && error !== undefined && <Alert title="Could not save">{getErrorMessage(error)}</Alert>}
      <DialogActions>
        <Button variant="secondary" data-autofocus onClick={onReload}>
          Reload and drop my change
        </Button>
        <Button variant="danger" isPending={isPending} onClick={onOverwrite}>
          Overwrite with my change
        </Button>
      </DialogActions>
    </Dialog>
  );
}
