import type { ComponentProps } from "react";
import { controlClassName, Field, useFieldIds } from "./field";

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = Omit<ComponentProps<"select">, "id" | "children"> & {
  label: string;
  options: readonly SelectOption[];
  /** The field's own error, shown under it and announced with the field. */
  error?: string | undefined;
  hint?: string;
};

/** A labelled native select: the platform's own keyboard and screen reader behaviour, on every device. */
export function SelectField({ label, options, error, hint, className, ...props }: SelectFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <select
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClassName(error, "min-h-10 rounded-md border bg-white px-2 text-base text-slate-900 shadow-xs sm:text-sm")}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
