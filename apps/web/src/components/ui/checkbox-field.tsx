import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { useFieldIds } from "./field";

export type CheckboxFieldProps = Omit<ComponentProps<"input">, "id" | "type"> & {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** A labelled native checkbox, its hint and error read with it. */
export function CheckboxField({ label, hint, error, className, ...props }: CheckboxFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(hint, error);
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <div className="flex min-h-8 items-center gap-2">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="size-4 accent-brand-700 disabled:opacity-60"
          {...props}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="pl-6 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="pl-6 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
