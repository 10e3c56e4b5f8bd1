import { TEMPORARY_PASSWORD_HINT, temporaryPasswordProblem } from "@switchboard/contracts";
import { useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog";
import { PasswordField } from "@/components/ui/password-field";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/field-errors";

type Source = "generate" | "type";

/**
 * Generate (the default) or type a temporary password. A typed one is checked against the rule the
 * BFF applies too, before anything is sent; the tenant's own refusal comes back on the same field.
 */
export function ResetPasswordForm({
  loginId,
  isPending,
  error,
  onSubmit,
  onCancel,
}: {
  loginId: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (password: string | undefined) => void;
  onCancel: () => void;
}) {
  const [source, setSource] = useState<Source>("generate");
  const [typed, setTyped] = useState("");
  const [checked, setChecked] = useState(false);
  const [revealed, setRevealed] = useState(true);
  const passwordRef = useRef<HTMLInputElement>(null);
  const name = useId();

  const ownProblem = source === "type" && checked ? temporaryPasswordProblem(typed, loginId) : undefined;
  const serverProblem = error instanceof ApiError ? fieldErrorsOf(error.fieldErrors, ["password"]).password : undefined;
  const fieldError = ownProblem ?? (source === "type" ? serverProblem : undefined);
  // A field error is shown at the field; anything else (or a refused generated one) above the buttons.
  const formError = error && !(source === "type" && serverProblem) ? getErrorMessage(error) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    if (source === "generate") {
      onSubmit(undefined);
      return;
    }
    setChecked(true);
    if (temporaryPasswordProblem(typed, loginId)) {
      passwordRef.current?.focus();
      return;
    }
    onSubmit(typed);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-900">Temporary password</legend>
        {(
          [
            ["generate", "Generate a strong one (recommended)"],
            ["type", "Type one"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-8 items-center gap-2 text-sm text-slate-900">
            <input
              type="radio"
              name={name}
              value={value}
              checked={source === value}
              onChange={() => setSource(value)}
              {...(value === "generate" ? { "data-autofocus": true } : {})}
              className="size-4 accent-brand-700"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {source === "type" && (
        <PasswordField
          ref={passwordRef}
          label="Password to set"
          hint={TEMPORARY_PASSWORD_HINT}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={() => typed && setChecked(true)}
          error={fieldError}
          autoComplete="off"
          // Read out over the phone anyway; Hide is there for a screen someone else can see.
          revealed={revealed}
          onRevealedChange={setRevealed}
        />
      )}
      {formError && <Alert title="The password was not reset">{formError}</Alert>}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" isPending={isPending}>
          Reset password
        </Button>
      </DialogActions>
    </form>
  );
}
