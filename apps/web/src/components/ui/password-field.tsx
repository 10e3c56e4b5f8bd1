import { useId, useState, type ComponentProps } from "react";
import { cn } from "@/lib/cn";

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
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  const [ownRevealed, setOwnRevealed] = useState(false);
  const revealed = revealedProp ?? ownRevealed;
  const setRevealed = (next: boolean) => {
    setOwnRevealed(next);
    onRevealedChange?.(next);
  };

  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="flex gap-2">
        <input
          id={id}
          type={revealed ? "text" : "password"}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          className={cn(
            "min-h-10 min-w-0 flex-1 rounded-md border bg-white px-3 font-mono text-base text-slate-900 shadow-xs sm:text-sm",
            "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
            error ? "border-red-700" : "border-slate-400",
          )}
          {...props}
        />
        <button
          type="button"
          aria-controls={id}
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
      {error && (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
