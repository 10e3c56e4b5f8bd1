import { useState, type ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { controlClassName, Field, useFieldIds } from "./field";

export type PasswordFieldProps = Omit<ComponentProps<"input">, "id" | "type"> & {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Whether the text shows; leave both unset to let the field keep it itself. */
  revealed?: boolean;
  onRevealedChange?: (revealed: boolean) => void;
};

/**
 * A password input with a Show/Hide button beside it, so a person setting someone's password can
 * check what they typed (and read out a generated one).
 */
export function PasswordField({
  label,
  error,
  hint,
  revealed: revealedProp,
  onRevealedChange,
  className,
  ...props
}: PasswordFieldProps) {
  const ids = useFieldIds(hint, error);
  const [ownRevealed, setOwnRevealed] = useState(false);
  const revealed = revealedProp ?? ownRevealed;
  const setRevealed = (next: boolean) => {
    setOwnRevealed(next);
    onRevealedChange?.(next);
  };

  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <div className="flex gap-2">
        <input
          id={ids.id}
          type={revealed ? "text" : "password"}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          className={controlClassName(
            error,
            "min-h-10 min-w-0 flex-1 rounded-md border bg-white px-3 font-mono text-base text-slate-900 shadow-xs sm:text-sm",
          )}
          {...props}
        />
        <button
          type="button"
          aria-controls={ids.id}
          onClick={() => setRevealed(!revealed)}
          className={cn(
            "min-h-10 shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900",
            "hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
          )}
        >
          {revealed ? "Hide" : "Show"}
          <span className="sr-only"> password</span>
        </button>
      </div>
    </Field>
  );
}
