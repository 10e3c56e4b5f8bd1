import { PASSWORD_MIN_LENGTH } from "@switchboard/contracts";
import { useState, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { PasswordField } from "@/components/ui/password-field";
import { useToast } from "@/components/ui/toast";
import { copyText } from "@/lib/clipboard";
import { generatePassword } from "../utils/generate-password";

/**
 * A password an admin sets for someone: typed, or generated and shown so it can be copied and
 * passed on. The BFF checks the rest of the policy (common passwords, the account's name).
 */
export function NewPasswordField({
  label = "Password",
  value,
  onChange,
  error,
  ref,
}: {
  label?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  ref?: Ref<HTMLInputElement>;
}) {
  const [revealed, setRevealed] = useState(false);
  const showToast = useToast();

  return (
    <div className="flex flex-col gap-2">
      <PasswordField
        ref={ref}
        label={label}
        name="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Common passwords and ones built on the username are refused.`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        revealed={revealed}
        onRevealedChange={setRevealed}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            onChange(generatePassword());
            setRevealed(true);
          }}
        >
          Generate a password
        </Button>
        {value && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() =>
              void copyText(value).then(
                () => showToast("Copied the password"),
                () => showToast("Could not copy the password; select it and copy it by hand.", { tone: "error" }),
              )
            }
          >
            Copy the password
          </Button>
        )}
      </div>
    </div>
  );
}
