import { useRef, useState, type FormEvent } from "react";
import { useNavigation } from "react-router";
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

/**
 * Only "is anything there": the BFF checks the rest (lengths) with the contract's SignInRequestSchema
 * and answers with field errors. Not with that schema here: the sign-in page loads no zod
 * (decision 008).
 */
function missingFields(username: string, password: string): FieldErrors {
  return {
    ...(username.trim() === "" && { username: "Enter your username" }),
    ...(password === "" && { password: "Enter your password" }),
  };
}

export function SignInForm({ onSigningIn, onSignedIn }: { onSigningIn?: () => void; onSignedIn: () => void }) {
  const signIn = useSignIn();
  // Signed in, the next page is still loading (the signed-in area's code, the session, its data):
  // the form stays busy until it is replaced, so a second click sends nothing.
  const navigation = useNavigation();
  const busy = signIn.isPending || navigation.state !== "idle";
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function focusFirstInvalid(errors: FieldErrors) {
    (errors.username ? usernameRef : passwordRef).current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const missing = missingFields(username, password);
    if (missing.username || missing.password) {
      setFieldErrors(missing);
      focusFirstInvalid(missing);
      return;
    }
    setFieldErrors({});
    onSigningIn?.();
    const result = await signIn.submit({ username: username.trim(), password });
    if (result.ok) {
      onSignedIn();
      return;
    }
    // Keep the username they typed; a password that failed is not worth keeping around.
    setPassword("");
    const errors = result.error instanceof ApiError ? fieldErrorsOf(result.error.fieldErrors) : {};
    setFieldErrors(errors);
    if (errors.username) usernameRef.current?.focus();
    else passwordRef.current?.focus();
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="flex flex-col gap-4">
      {signIn.state.status === "error" && (
        // Keyed by the attempt, so the same message is announced again on the next failure.
        <Alert key={signIn.state.attempt} title="Could not sign in">
          {getErrorMessage(signIn.state.error)}
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
      <Button type="submit" isPending={busy} className="justify-center">
        Sign in
      </Button>
    </form>
  );
}
