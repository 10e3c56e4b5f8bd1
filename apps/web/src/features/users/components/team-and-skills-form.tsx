import { personNameSchema, type EditableUserValues, type EditConflict, type UpdateUserRequest, type User, type UserChange } from "@switchboard/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { userQueryOptions } from "../api/get-user";
import { useUpdateUser } from "../api/update-user";
import { useTeamAndSkillsDraft, type EditedFields } from "../hooks/use-team-and-skills-draft";
import { useUnsavedChangesGuard } from "../hooks/use-unsaved-changes-guard";
import { displayNameOf } from "@/lib/display-name";
import { editConflictOf } from "../utils/edit-conflict";
import { sentence } from "../utils/fixed-fields";
import { draftProblems, skillsOfDrafts } from "../utils/skill-drafts";
import { Section } from "./details-list";
import { EditConflictDialog } from "./edit-conflict-dialog";
import { RolesEditor } from "./roles-editor";
import { SkillsEditor } from "./skills-editor";
import { UnsavedChangesDialog } from "./unsaved-changes-dialog";

export type TeamAndSkillsFormProps = {
  user: User;
  /** The tenant's teams; undefined while they load or when they could not be. */
  teams: readonly string[] | undefined;
  teamsUnavailable: boolean;
  /** Skill names seen in the tenant so far, for suggestions. */
  seenSkills: readonly string[];
  /** Role names to suggest, where roles are edited. */
  seenRoles?: readonly string[];
  editable: EditedFields;
};

/** "Team and skills" on BPCC, "Name, roles and skills" on Genesys: what the form edits, in words. */
export function editedFieldsTitle(editable: EditedFields): string {
  const words = [editable.names && "name", editable.roles && "roles", editable.team && "team", editable.skills && "skills"].filter(
    (word): word is string => Boolean(word),
  );
  return sentence(words);
}

const FIELDS_OF_THEIR_OWN = ["skills", "team", "firstName", "lastName", "roles"] as const;
type FieldOfItsOwn = (typeof FIELDS_OF_THEIR_OWN)[number];

/**
 * The BFF's field errors: a skill's row (its level, or the skill unknown) at `skills.<name>`, the set at
 * `skills`, the team, names and roles at theirs (a role's own error, `roles.<n>`, on the roles).
 */
function serverErrorsOf(error: unknown) {
  const levels: Record<string, string> = {};
  const fields: Partial<Record<FieldOfItsOwn, string>> = {};
  if (error instanceof ApiError) {
    for (const { field, message } of error.fieldErrors) {
      if (field.startsWith("skills.")) levels[field.slice("skills.".length)] ??= message;
      else if (field.startsWith("roles.")) fields.roles ??= message;
      else if ((FIELDS_OF_THEIR_OWN as readonly string[]).includes(field)) fields[field as FieldOfItsOwn] ??= message;
    }
  }
  return { levels, ...fields, any: Object.keys(levels).length > 0 || Object.keys(fields).length > 0 };
}

/** A name's problem before sending, in the contract's words ("Enter a first name."). */
function nameProblem(value: string, what: string): string | undefined {
  const result = personNameSchema(what).safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/**
 * What the platform and the role let change of a user (BPCC: team and skills; Genesys: names, roles
 * and skills), edited together and saved in one PATCH: only what changed, with what the editor saw of
 * it. Edits survive a failed save and are guarded when leaving the page; a change
 * someone else made meanwhile opens the conflict dialog (reload, or overwrite).
 */
export function TeamAndSkillsForm({ user, teams, teamsUnavailable, seenSkills, seenRoles = [], editable }: TeamAndSkillsFormProps) {
  const title = editedFieldsTitle(editable);
  const displayName = displayNameOf(user);
  const queryClient = useQueryClient();
  const update = useUpdateUser(user.loginId);
  const showToast = useToast();
  const draft = useTeamAndSkillsDraft(user, editable);
  const blocker = useUnsavedChangesGuard(draft.dirty);
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>({});
  const [nameErrors, setNameErrors] = useState<{ firstName?: string | undefined; lastName?: string | undefined }>({});
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
        showToast(overwriting ? `Saved ${displayNameOf(saved)}’s changes over the other ones.` : `Saved ${displayNameOf(saved)}’s ${title.toLowerCase()}.`);
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
    const names = {
      firstName: draft.firstNameChanged ? nameProblem(draft.firstName, "a first name") : undefined,
      lastName: draft.lastNameChanged ? nameProblem(draft.lastName, "a last name") : undefined,
    };
    setNameErrors(names);
    if (Object.keys(problems).length > 0 || names.firstName || names.lastName) {
      update.reset();
      setFocusRequest((n) => n + 1);
      return;
    }
    const change: UserChange = {};
    const expected: Partial<EditableUserValues> = {};
    if (draft.teamChanged) (change.team = draft.team, expected.team = draft.seen.team);
    if (draft.skillsChanged) (change.skills = skillsOfDrafts(draft.skills), expected.skills = draft.seen.skills);
    if (draft.firstNameChanged) (change.firstName = draft.firstName.trim(), expected.firstName = draft.seen.firstName);
    if (draft.lastNameChanged) (change.lastName = draft.lastName.trim(), expected.lastName = draft.seen.lastName);
    if (draft.rolesChanged) (change.roles = draft.roles, expected.roles = draft.seen.roles);
    save(change, expected, false);
  }

  function discard() {
    draft.startFrom(draft.seen);
    setOwnErrors({});
    setNameErrors({});
    update.reset();
  }

  function reloadTheirs(current: EditableUserValues) {
    draft.startFrom(current);
    setConflict(undefined);
    setOwnErrors({});
    setNameErrors({});
    update.reset();
    void queryClient.invalidateQueries({ queryKey: userQueryOptions(user.loginId).queryKey });
    showToast(`Showing ${displayName}’s ${title.toLowerCase()} as they are now.`);
  }

  const teamOptions = [...new Set([...(teams ?? []), ...(draft.seen.team ? [draft.seen.team] : [])])]
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({ value: name, label: name }));

  return (
    <Section title={title}>
      <form ref={formRef} noValidate onSubmit={handleSubmit} className="flex flex-col gap-4 pt-3 pb-2">
        {editable.names && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="First name"
              autoComplete="off"
              value={draft.firstName}
              onChange={(event) => (draft.setFirstName(event.target.value), setNameErrors((e) => ({ ...e, firstName: undefined })))}
              error={nameErrors.firstName ?? server?.firstName}
            />
            <TextField
              label="Last name"
              autoComplete="off"
              value={draft.lastName}
              onChange={(event) => (draft.setLastName(event.target.value), setNameErrors((e) => ({ ...e, lastName: undefined })))}
              error={nameErrors.lastName ?? server?.lastName}
            />
          </div>
        )}
        {editable.roles && <RolesEditor roles={draft.roles} onChange={draft.setRoles} suggestions={seenRoles} error={server?.roles} />}
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
      <UnsavedChangesDialog blocker={blocker} what={`${displayName}’s ${title.toLowerCase()}`} />
    </Section>
  );
}
