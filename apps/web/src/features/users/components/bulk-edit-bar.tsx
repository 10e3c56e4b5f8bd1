import { useState } from "react";
import { Button } from "@/components/ui/button";
import { BulkEditDialog } from "./bulk-edit-dialog";
import { BulkEditJob } from "./bulk-edit-job";
import { MAX_SELECTION, useBulkSelection } from "./bulk-selection";

/**
 * Above the users table: how many users are selected, "Bulk edit" for them, and the bulk edit under
 * way or just done (its id in the address, `jobId`, so a person can leave and come back).
 */
export function BulkEditBar({
  editableFields,
  teams,
  teamsUnavailable,
  jobId,
  nameOf,
  onJobChange,
}: {
  editableFields: readonly string[];
  /** The teams "Move to team" offers (the account's scope); undefined while they load or when they could not be. */
  teams?: readonly string[] | undefined;
  teamsUnavailable?: boolean;
  jobId: string | undefined;
  nameOf: (loginId: string) => string;
  onJobChange: (jobId: string | undefined) => void;
}) {
  const selection = useBulkSelection();
  const [editing, setEditing] = useState(false);
  const count = selection?.selected.size ?? 0;
  const tooMany = count > MAX_SELECTION;

  return (
    <>
      {jobId && <BulkEditJob jobId={jobId} nameOf={nameOf} onDone={() => onJobChange(undefined)} />}
      {selection && count > 0 && (
        <div role="region" aria-label="Selected users" className="flex flex-wrap items-center gap-3 rounded-md border border-brand-200 bg-brand-50 px-4 py-2">
          <p className="text-sm font-medium text-slate-900">{count === 1 ? "1 user selected" : `${count.toLocaleString("en-US")} users selected`}</p>
          {tooMany && <p className="text-sm text-red-800">{`A bulk edit takes at most ${MAX_SELECTION.toLocaleString("en-US")} users.`}</p>}
          <Button size="sm" disabled={tooMany} onClick={() => setEditing(true)}>
            Bulk edit
          </Button>
          <Button size="sm" variant="ghost" onClick={selection.clear}>
            Clear selection
          </Button>
        </div>
      )}
      {selection && editing && (
        <BulkEditDialog
          loginIds={[...selection.selected]}
          editableFields={editableFields}
          teams={teams}
          teamsUnavailable={teamsUnavailable}
          onClose={() => setEditing(false)}
          onStarted={(id) => {
            setEditing(false);
            selection.clear();
            onJobChange(id);
          }}
        />
      )}
    </>
  );
}
