import type { ComponentProps } from "react";
import { controlClassName, Field, useFieldIds } from "./field";

export type TextFieldProps = Omit<ComponentProps<"input">, "id"> & {
  label: string;
  /** The field's own error, shown under it and announced with the field. */
  error?: string | undefined;
  hint?: string;
};

export function TextField({ label, error, hint, className, ...props }: TextFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        id={ids.id}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClassName(error, "min-h-10 rounded-md border bg-white px-3 text-base text-slate-900 shadow-xs sm:text-sm")}
        {...props}
      />
    </Field>
  );
}
