import { SignInRequestSchema, type Session } from "@switchboard/contracts";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { useSignIn } from "../api/sign-in";

type Field = "username" | "password";
type FieldErrors = Partial<Record<Field, string>>;

function isField(name: unknown): name is Field {
  return name === "username" || name === "password";
}

function fieldErrorsOf(issues: ReadonlyArray<{ field: string; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of issues) {
    if (isField(field)) errors[field] ??= message;
  }
  return errors;
}

export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const signIn = useSignIn();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function focusFirstInvalid(errors: FieldErrors) {
    (errors.username ? usernameRef : passwordRef).current?.focus();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const parsed = SignInRequestSchema.safeParse({ username, password });
    if (!parsed.success) {
      const errors = fieldErrorsOf(
        parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), message: issue.message })),
      );
      setFieldErrors(errors);
      focusFirstInvalid(errors);
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: (error) => {
        // Keep the username they typed; a password that failed is not worth keeping around.
        setPassword("");
        const errors = error instanceof ApiError ? fieldErrorsOf(error.fieldErrors) : {};
        setFieldErrors(errors);
        if (errors.username) usernameRef.current?.focus();
        else passwordRef.current?.focus();
      },
    });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="flex flex-col gap-4">
      {signIn.isError && (
        // Keyed by the attempt, so the same message is announced again on the next failure.
        <Alert key={signIn.submittedAt} title="Could not sign in">
          {getErrorMessage(signIn.error)}
        </Alert>
      )}
      <TextField
        ref={usernameRef}
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={fieldErrors.username}
      />
      <TextField
        ref={passwordRef}
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldErrors.password}
      />
      <Button type="submit" isPending={signIn.isPending} className="justify-center">
        Sign in
      </Button>
    </form>
  );
}
