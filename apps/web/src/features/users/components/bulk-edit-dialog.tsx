import { BulkChangeSchema, SkillLevelSchema, SkillNameSchema, type BulkChange } from "@switchboard/contracts";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { getErrorMessage } from "@/lib/errors";
import { useStartBulkEdit } from "../api/start-bulk-edit";

type Draft = { setSkill: string; setLevel: string; removeSkill: string; team: string; account: "" | "disable" | "enable" };
const EMPTY: Draft = { setSkill: "", setLevel: "", removeSkill: "", team: "", account: "" };

function usersCount(count: number): string {
  return count === 1 ? "1 user" : `${count.toLocaleString("en-US")} users`;
}

type Checked = { ok: true; change: BulkChange } | { ok: false; errors: Record<string, string> };

/** The draft as the API's change, checked with the contracts' rules; errors by the form's field. */
function check(draft: Draft): Checked {
  const errors: Record<string, string> = {};
  const change: Record<string, unknown> = {};
  const skill = draft.setSkill.trim();
  if (skill || draft.setLevel.trim()) {
    const name = SkillNameSchema.safeParse(skill);
    const level = SkillLevelSchema.safeParse(draft.setLevel.trim() === "" ? Number.NaN : Number(draft.setLevel));
    if (!name.success) errors["setSkill"] = name.error.issues[0]?.message ?? "Enter a skill.";
    if (!level.success) errors["setLevel"] = level.error.issues[0]?.message ?? "Enter a level.";
    change["setSkills"] = { [skill]: level.data };
  }
  if (draft.removeSkill.trim()) change["removeSkills"] = [draft.removeSkill.trim()];
  if (draft.team.trim()) change["team"] = draft.team.trim();
  if (draft.account) change["disabled"] = draft.account === "disable";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = BulkChangeSchema.safeParse(change);
  if (parsed.success) return { ok: true, change: parsed.data };
  const FIELDS: Record<string, string> = { removeSkills: "removeSkill", team: "team", disabled: "account" };
  for (const issue of parsed.error.issues) {
    const field = FIELDS[String(issue.path[0])] ?? "form";
    errors[field] ??= field === "form" ? "Fill in at least one change." : issue.message;
  }
  return { ok: false, errors };
}

/** Each part of a change in words, for the confirmation. */
export function describeBulkChange(change: BulkChange): string[] {
  const words: string[] = [];
  for (const [name, level] of Object.entries(change.setSkills ?? {})) words.push(`Set the skill ${name} to level ${level}`);
  for (const name of change.removeSkills ?? []) words.push(`Remove the skill ${name}`);
  if (change.team !== undefined) words.push(`Move to the team ${change.team}`);
  if (change.disabled !== undefined) words.push(change.disabled ? "Disable their accounts" : "Enable their accounts");
  return words;
}

/**
 * One change to the selected users: set a skill's level, remove a skill, change the team, disable or
 * enable (only what this platform can change). A confirmation names the count and the change; the
 * job it starts is shown by the page (`onStarted`).
 */
export function BulkEditDialog({
  loginIds,
  editableFields,
  teams,
  teamsUnavailable = false,
  onStarted,
  onClose,
}: {
  loginIds: readonly string[];
  /** The platform's editable user fields: team and disabled only where listed. */
  editableFields: readonly string[];
  /**
   * The teams to offer, already narrowed to the account's scope: a choice among them. Undefined while they
   * load or when they could not be loaded: the team is typed then (the BFF still refuses one outside the scope).
   */
  teams?: readonly string[] | undefined;
  /** The list of teams could not be loaded: the field says so. */
  teamsUnavailable?: boolean;
  onStarted: (jobId: string) => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<BulkChange | undefined>();
  const start = useStartBulkEdit();
  const count = usersCount(loginIds.length);
  const edit = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }));

  function review(event: FormEvent) {
    event.preventDefault();
    const checked = check(draft);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) setConfirming(checked.change);
  }

  function apply(change: BulkChange) {
    start.mutate({ loginIds: [...loginIds], change }, { onSuccess: (job) => onStarted(job.id) });
  }

  if (confirming) {
    return (
      <Dialog title={`Change ${count}?`} description="Each user is changed on its own; users already like this are left as they are." onClose={onClose} isBusy={start.isPending}>
        <ul className="list-disc pl-5 text-sm text-slate-800">
          {describeBulkChange(confirming).map((words) => (
            <li key={words}>{words}</li>
          ))}
        </ul>
        {start.isError && <Alert title="The change could not start">{getErrorMessage(start.error)}</Alert>}
        <DialogActions>
          <Button variant="secondary" data-autofocus onClick={() => setConfirming(undefined)}>
            Back
          </Button>
          <Button isPending={start.isPending} onClick={() => apply(confirming)}>
            {`Change ${count}`}
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <Dialog title={`Bulk edit ${count}`} description="Fill in only what should change." onClose={onClose}>
      <form noValidate onSubmit={review} className="flex flex-col gap-4">
        <fieldset className="flex flex-wrap gap-3">
          <legend className="mb-1 text-sm font-medium text-slate-900">Add a skill or set its level</legend>
          <TextField label="Skill" value={draft.setSkill} error={errors["setSkill"]} onChange={(event) => edit({ setSkill: event.target.value })} />
          <TextField
            label="Level"
            inputMode="numeric"
            hint="0 to 100"
            value={draft.setLevel}
            error={errors["setLevel"]}
            onChange={(event) => edit({ setLevel: event.target.value })}
            className="w-28"
          />
        </fieldset>
        <TextField label="Remove a skill" value={draft.removeSkill} error={errors["removeSkill"]} onChange={(event) => edit({ removeSkill: event.target.value })} />
        {editableFields.includes("team") &&
          (teams ? (
            <SelectField
              label="Move to team"
              value={draft.team}
              error={errors["team"]}
              options={[{ value: "", label: "Leave as it is" }, ...teams.map((team) => ({ value: team, label: team }))]}
              onChange={(event) => edit({ team: event.target.value })}
            />
          ) : (
            <TextField
              label="Move to team"
              value={draft.team}
              error={errors["team"]}
              hint={teamsUnavailable ? "The list of teams could not be loaded: type the team's name." : undefined}
              onChange={(event) => edit({ team: event.target.value })}
            />
          ))}
        {editableFields.includes("disabled") && (
          <SelectField
            label="Account"
            value={draft.account}
            error={errors["account"]}
            options={[
              { value: "", label: "Leave as it is" },
              { value: "disable", label: "Disable" },
              { value: "enable", label: "Enable" },
            ]}
            onChange={(event) => edit({ account: event.target.value as Draft["account"] })}
          />
        )}
        {errors["form"] && <Alert>{errors["form"]}</Alert>}
        <DialogActions>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Review the change</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
