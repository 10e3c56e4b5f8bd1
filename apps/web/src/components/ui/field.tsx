import { useId, type ReactNode } from "react";
import { cn } from "@/lib/cn";

export type FieldIds = {
  id: string;
  hintId: string;
  errorId: string;
  /** For the control's `aria-describedby`: its hint and error are read with it. */
  describedBy: string | undefined;
};

/** The ids that tie a control to its label, hint and error. */
export function useFieldIds(hint: string | undefined, error: string | undefined): FieldIds {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, describedBy };
}

/** The look every text-like control shares; a field in error gets a red border. */
export function controlClassName(error: string | undefined, ...extra: string[]): string {
  return cn(
    ...extra,
    "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
    error ? "border-red-700" : "border-slate-400",
  );
}

/** Label above, then the hint, the control, and the field's own error under it. */
export function Field({
  ids,
  label,
  hint,
  error,
  className,
  children,
}: {
  ids: FieldIds;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={ids.id} className="text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={ids.errorId} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
