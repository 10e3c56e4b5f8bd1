/* eslint-disable react-hooks/refs -- the refs object is handed to the fields as props, never read during render */
import { CreateAccountRequestSchema, type Account } from "@switchboard/contracts";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { fieldErrorsOf, issuesOf, type FieldErrors } from "@/lib/field-errors";
import { useCreateAccount } from "../api/create-account";
import { roleOptions } from "../utils/roles";
import { NewPasswordField } from "./new-password-field";
import { parseTeams, TEAMS_HINT } from "../utils/teams";

const FIELDS = ["username", "password", "role", "teams"] as const;
type Field = (typeof FIELDS)[number];

/** The BFF's field errors, and "that name is taken" (a 409 without one) on the username. */
function fieldErrorsOfFailure(error: unknown): FieldErrors<Field> {
  if (!(error instanceof ApiError)) return {};
  const errors = fieldErrorsOf(error.fieldErrors, FIELDS);
  if (error.problem?.type.endsWith("/problems/account-exists")) errors.username ??= error.message;
  return errors;
}

export function CreateAccountDialog({
  teamScopes,
  onCreated,
  onClose,
}: {
  /** Whether the platform has teams to scope the account to (Genesys has none: no Teams field). */
  teamScopes: boolean;
  onCreated: (account: Account) => void;
  onClose: () => void;
}) {
  const create = useCreateAccount();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  // Least access unless the admin picks more.
  const [role, setRole] = useState("viewer");
  const [teams, setTeams] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const refs = {
    username: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    role: useRef<HTMLSelectElement>(null),
    teams: useRef<HTMLInputElement>(null),
  };

  function showFieldErrors(errors: FieldErrors<Field>) {
    setFieldErrors(errors);
    const first = FIELDS.find((field) => errors[field]);
    if (first) refs[first].current?.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    // An admin acts on every team: the field is not offered, and nothing typed before is sent.
    const scope = role === "admin" || !teamScopes ? undefined : (parseTeams(teams) ?? undefined);
    const parsed = CreateAccountRequestSchema.safeParse({ username: username.trim(), password, role, ...(scope ? { teams: scope } : {}) });
    if (!parsed.success) {
      create.reset();
      showFieldErrors(fieldErrorsOf(issuesOf(parsed.error), FIELDS));
      return;
    }
    setFieldErrors({});
    // Everything typed stays in the form when the BFF refuses it, the password included: the
    // admin chose or generated it and only needs to fix what was named.
    create.mutate(parsed.data, {
      onSuccess: onCreated,
      onError: (error) => showFieldErrors(fieldErrorsOfFailure(error)),
    });
  }

  return (
    <Dialog title="New account" onClose={onClose} isBusy={create.isPending}>
      <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
        {create.isError && (
          <Alert key={create.submittedAt} title="Could not create the account">
            {getErrorMessage(create.error)}
          </Alert>
        )}
        <TextField
          ref={refs.username}
          data-autofocus
          label="Username"
          name="username"
          hint="3 to 64 letters, digits, dots, dashes or underscores."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={fieldErrors.username}
        />
        <NewPasswordField ref={refs.password} value={password} onChange={setPassword} error={fieldErrors.password} />
        <SelectField
          ref={refs.role}
          label="Role"
          name="role"
          options={roleOptions(teamScopes)}
          value={role}
          onChange={(event) => setRole(event.target.value)}
          error={fieldErrors.role}
        />
        {teamScopes && role !== "admin" && (
          <TextField
            ref={refs.teams}
            label="Teams (optional)"
            name="teams"
            hint={TEAMS_HINT}
            autoComplete="off"
            value={teams}
            onChange={(event) => setTeams(event.target.value)}
            error={fieldErrors.teams}
          />
        )}
        <DialogActions>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" isPending={create.isPending}>
            Create account
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
