import type { CreateUserResponse } from "@switchboard/contracts";
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { useCreateUser } from "../api/create-user";
import { useUnsavedChangesGuard } from "../hooks/use-unsaved-changes-guard";
import { isDraftTouched, newUserDraftFor, requestOfDraft, takes, type NewUserDraft, type NewUserShape } from "../utils/new-user-draft";
import { CreatedUserDialog } from "./created-user-dialog";
import { NewUserPasswordFields } from "./new-user-password-fields";
import { RolesEditor } from "./roles-editor";
import { SkillsEditor } from "./skills-editor";
import { UnsavedChangesDialog } from "./unsaved-changes-dialog";

export type CreateUserFormProps = {
  /** The tenant's teams; undefined while loading or when they could not be loaded (a team is then typed). */
  teams: readonly string[] | undefined;
  seenSkills: readonly string[];
  seenRoles: readonly string[];
  /** The platform's name (its roles' names differ) and the fields it takes; every field when left out. */
  platform?: string | undefined;
  shape?: NewUserShape;
  /** The user exists: refresh what lists users. */
  onCreated: (response: CreateUserResponse) => void;
  /** Leave for the new user's page (after any generated password was shown). */
  onOpenUser: (loginId: string, displayName: string) => void;
  onCancel: () => void;
};

function fieldErrorsOfFailure(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (error instanceof ApiError) for (const { field, message } of error.fieldErrors) errors[field] ??= message;
  return errors;
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white px-4 pt-2 pb-4 shadow-xs sm:px-6">
      <legend className="px-1 text-base font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Every attribute the platform's create takes (BPCC: all of these; Genesys: user name, names,
 * password, roles, skills). Each field is checked with the shared contract before
 * anything is sent; the platform's refusals (a login or extension taken, a team, skill or role it does
 * not know) come back on their field, and everything typed stays.
 */
export function CreateUserForm({
  teams,
  seenSkills,
  seenRoles,
  platform,
  shape = { creatable: undefined, loginIsEmail: false },
  onCreated,
  onOpenUser,
  onCancel,
}: CreateUserFormProps) {
  const create = useCreateUser();
  const [initial] = useState(() => newUserDraftFor(platform));
  const [draft, setDraft] = useState<NewUserDraft>(initial);
  const shows = (field: string) => takes(shape, field);
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ loginId: string; displayName: string; password: string } | undefined>();
  const [focusRequest, setFocusRequest] = useState(0);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const formRef = useRef<HTMLFormElement>(null);
  const blocker = useUnsavedChangesGuard(isDraftTouched(draft, initial) && !create.isSuccess);

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [focusRequest]);

  // An error stays on its field until that field is changed or the form is sent again.
  const errors = Object.fromEntries(
    Object.entries({ ...(create.isError ? fieldErrorsOfFailure(create.error) : {}), ...ownErrors }).filter(([field]) => !edited.has(field.split(".")[0] ?? field)),
  );
  const levelErrors = Object.fromEntries(Object.entries(errors).flatMap(([field, message]) => (field.startsWith("skills.") ? [[field.slice(7), message]] : [])));
  const formError = create.isError && Object.keys(fieldErrorsOfFailure(create.error)).length === 0 ? getErrorMessage(create.error) : undefined;

  function change(patch: Partial<NewUserDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    const fields = Object.keys(patch).map((key) => (key === "passwordSource" ? "password" : key));
    setEdited((current) => new Set([...current, ...fields]));
  }

  function text(field: "loginId" | "firstName" | "lastName" | "extension" | "workPhone" | "mobilePhone" | "email") {
    return { value: draft[field], onChange: (event: ChangeEvent<HTMLInputElement>) => change({ [field]: event.target.value }), error: errors[field] };
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setEdited(new Set());
    const checked = requestOfDraft(draft, shape);
    if (checked.errors) {
      create.reset();
      setOwnErrors(checked.errors);
      setFocusRequest((n) => n + 1);
      return;
    }
    setOwnErrors({});
    const displayName = `${checked.request.firstName} ${checked.request.lastName}`;
    create.mutate(checked.request, {
      onSuccess: (response) => {
        onCreated(response);
        if (response.temporaryPassword) setCreated({ loginId: response.loginId, displayName, password: response.temporaryPassword });
        else onOpenUser(response.loginId, displayName);
      },
      onError: () => setFocusRequest((n) => n + 1),
    });
  }

  const teamOptions = [{ value: "", label: "Choose a team" }, ...(teams ?? []).map((team) => ({ value: team, label: team }))];
  return (
    <form ref={formRef} noValidate onSubmit={handleSubmit} className="flex max-w-3xl flex-col gap-6">
      <FormSection title="Who">
        {shape.loginIsEmail ? (
          <TextField label="User name" hint="In e-mail form, e.g. name@example.com. It cannot be changed later." type="email" autoComplete="off" autoCapitalize="none" spellCheck={false} {...text("loginId")} />
        ) : (
          <TextField label="Login" hint="Letters, digits and . _ - @ ' +, no spaces. It cannot be changed later." autoComplete="off" autoCapitalize="none" spellCheck={false} {...text("loginId")} />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="First name" autoComplete="off" {...text("firstName")} />
          <TextField label="Last name" autoComplete="off" {...text("lastName")} />
        </div>
        {shows("email") && <TextField label="Email (optional)" type="email" autoComplete="off" {...text("email")} />}
        {shows("workPhone") && shows("mobilePhone") && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Work phone (optional)" type="tel" autoComplete="off" {...text("workPhone")} />
            <TextField label="Mobile phone (optional)" type="tel" autoComplete="off" {...text("mobilePhone")} />
          </div>
        )}
      </FormSection>
      <FormSection title={shows("team") || shows("extension") ? "Where" : "Access"}>
        {shows("team") &&
          (teams ? (
            <SelectField label="Team" options={teamOptions} value={draft.team} onChange={(event) => change({ team: event.target.value })} error={errors["team"]} />
          ) : (
            <TextField label="Team" hint="The list of teams could not be loaded: type the team’s name." {...{ value: draft.team, onChange: (event) => change({ team: event.target.value }), error: errors["team"] }} />
          ))}
        {shows("extension") && (
          <TextField label="Extension (optional)" inputMode="numeric" hint="Leave empty to have the next free extension assigned." autoComplete="off" {...text("extension")} />
        )}
        <RolesEditor roles={draft.roles} onChange={(roles) => change({ roles })} suggestions={seenRoles} error={errors["roles"]} />
      </FormSection>
      <FormSection title="Sign-in">
        <NewUserPasswordFields value={draft} onChange={change} errors={{ password: errors["password"], changePassword: errors["changePassword"] }} />
        {shows("disabled") && (
          <CheckboxField
            label="Create the account disabled"
            hint="The user cannot sign in until the account is enabled on their page."
            checked={draft.disabled}
            onChange={(event) => change({ disabled: event.target.checked })}
            error={errors["disabled"]}
          />
        )}
      </FormSection>
      <FormSection title="Skills">
        <SkillsEditor drafts={draft.skills} onChange={(skills) => change({ skills })} errors={levelErrors} error={errors["skills"]} seen={seenSkills} />
      </FormSection>
      {formError && (
        <Alert key={create.submittedAt} title="The user was not created">
          {`${formError} Everything you typed is still here.`}
        </Alert>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isPending={create.isPending}>
          Create user
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
      {created && <CreatedUserDialog displayName={created.displayName} password={created.password} onDone={() => onOpenUser(created.loginId, created.displayName)} />}
      <UnsavedChangesDialog blocker={blocker} what="the new user" />
    </form>
  );
}
