import type { EditableUserValues, EditConflict, UpdateUserRequest, User, UserChange } from "@switchboard/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { useToast } from "@/components/ui/toast";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { userQueryOptions } from "../api/get-user";
import { useUpdateUser } from "../api/update-user";
import { useTeamAndSkillsDraft } from "../hooks/use-team-and-skills-draft";
import { useUnsavedChangesGuard } from "../hooks/use-unsaved-changes-guard";
import { displayNameOf } from "@/lib/display-name";
import { editConflictOf } from "../utils/edit-conflict";
import { draftProblems, skillsOfDrafts } from "../utils/skill-drafts";
import { Section } from "./details-list";
import { EditConflictDialog } from "./edit-conflict-dialog";
import { SkillsEditor } from "./skills-editor";
import { UnsavedChangesDialog } from "./unsaved-changes-dialog";

export type TeamAndSkillsFormProps = {
  user: User;
  /** The tenant's teams; undefined while they load or when they could not be. */
  teams: readonly string[] | undefined;
  teamsUnavailable: boolean;
  /** Skill names seen in the tenant so far, for suggestions. */
  seenSkills: readonly string[];
  editable: { team: boolean; skills: boolean };
};

/** The BFF's field errors: a skill's row (its level, or the skill unknown) at `skills.<name>`, the set at `skills`, the team at `team`. */
function serverErrorsOf(error: unknown) {
  const levels: Record<string, string> = {};
  let skills: string | undefined;
  let team: string | undefined;
  if (error instanceof ApiError) {
    for (const { field, message } of error.fieldErrors) {
      if (field.startsWith("skills.")) levels[field.slice("skills.".length)] ??= message;
      else if (field === "skills") skills ??= message;
      else if (field === "team") team ??= message;
    }
  }
  return { levels, skills, team, any: Object.keys(levels).length > 0 || skills !== undefined || team !== undefined };
}

/**
 * A user's team and skills, edited together and saved in one PATCH: only what changed, with what the
 * editor saw of it. Edits survive a failed save and are guarded when leaving the page; a change
 * someone else made meanwhile opens the conflict dialog (reload, or overwrite).
 */
export function TeamAndSkillsForm({ user, teams, teamsUnavailable, seenSkills, editable }: TeamAndSkillsFormProps) {
  const displayName = displayNameOf(user);
  const queryClient = useQueryClient();
  const update = useUpdateUser(user.loginId);
  const showToast = useToast();
  const draft = useTeamAndSkillsDraft(user, editable);
  const blocker = useUnsavedChangesGuard(draft.dirty);
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<{ conflict: EditConflict; change: UserChange } | undefined>();
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [focusRequest]);

  const server = update.isError && !conflict ? serverErrorsOf(update.error) : undefined;
  const levelErrors = { ...server?.levels, ...ownErrors };

  function save(change: UserChange, expected: Partial<EditableUserValues>, overwriting: boolean) {
    const request: UpdateUserRequest = { ...change, expected };
    update.mutate(request, {
      onSuccess: (saved) => {
        draft.startFrom(saved);
        setConflict(undefined);
        showToast(overwriting ? `Saved ${displayName}’s changes over the other ones.` : `Saved ${displayName}’s team and skills.`);
      },
      onError: (error) => {
        const found = editConflictOf(error);
        if (found) setConflict({ conflict: found, change });
        else setFocusRequest((n) => n + 1);
      },
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending || !draft.dirty) return;
    const problems = draft.skillsChanged ? draftProblems(draft.skills) : {};
    setOwnErrors(problems);
    if (Object.keys(problems).length > 0) {
      update.reset();
      setFocusRequest((n) => n + 1);
      return;
    }
    const change: UserChange = {};
    const expected: Partial<EditableUserValues> = {};
    if (draft.teamChanged) (change.team = draft.team, expected.team = draft.seen.team);
    if (draft.skillsChanged) (change.skills = skillsOfDrafts(draft.skills), expected.skills = draft.seen.skills);
    save(change, expected, false);
  }

  function discard() {
    draft.startFrom(draft.seen);
    setOwnErrors({});
    update.reset();
  }

  function reloadTheirs(current: EditableUserValues) {
    draft.startFrom(current);
    setConflict(undefined);
    setOwnErrors({});
    update.reset();
    void queryClient.invalidateQueries({ queryKey: userQueryOptions(user.loginId).queryKey });
    showToast(`Showing ${displayName}’s team and skills as they are now.`);
  }

  const teamOptions = [...new Set([...(teams ?? []), ...(draft.seen.team ? [draft.seen.team] : [])])]
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({ value: name, label: name }));

  return (
    <Section title="Team and skills">
      <form ref={formRef} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4 pt-3 pb-2">
        {editable.team && (
          <SelectField
            label="Team"
            value={draft.team}
            onChange={(event) => draft.setTeam(event.target.value)}
            options={draft.seen.team ? teamOptions : [{ value: "", label: "No team" }, ...teamOptions]}
            hint={teamsUnavailable ? "The list of teams could not be loaded; only the current team is offered." : undefined}
            error={server?.team}
          />
        )}
        {editable.skills && (
          <fieldset className="flex flex-col gap-2">
            <legend className="text-sm font-medium text-slate-900">Skills and levels (0–100)</legend>
            <SkillsEditor
              drafts={draft.skills}
              onChange={(skills) => {
                draft.setSkills(skills);
                setOwnErrors({});
              }}
              errors={levelErrors}
              error={server?.skills}
              seen={seenSkills}
            />
          </fieldset>
        )}
        {update.isError && !conflict && !server?.any && (
          <Alert key={update.submittedAt} title="Your changes were not saved">
            {`${getErrorMessage(update.error)} Your edits are still here.`}
          </Alert>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" isPending={update.isPending} disabled={!draft.dirty}>
            Save changes
          </Button>
          <Button variant="secondary" onClick={discard} disabled={!draft.dirty || update.isPending}>
            Discard changes
          </Button>
          <p className="text-sm text-slate-700">{draft.dirty ? "Unsaved changes" : "No unsaved changes"}</p>
        </div>
      </form>
      {conflict && (
        <EditConflictDialog
          conflict={conflict.conflict}
          seen={draft.seen}
          mine={conflict.change}
          isPending={update.isPending}
          error={update.isError && !editConflictOf(update.error) ? update.error : undefined}
          onReload={() => reloadTheirs(conflict.conflict.current)}
          onOverwrite={() => save(conflict.change, conflict.conflict.current, true)}
          onClose={() => setConflict(undefined)}
        />
      )}
      <UnsavedChangesDialog blocker={blocker} what={`${displayName}’s team and skills`} />
    </Section>
  );
}
