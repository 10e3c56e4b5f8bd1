import { useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

export type AddItemFieldProps = {
  label: string;
  labelClassName: string;
  buttonLabel: string;
  /** Offered under the field by the browser; any other name may be typed too. */
  suggestions: readonly string[];
  /** Why this (trimmed) name cannot be added, or undefined when it can. */
  problemOf: (name: string) => string | undefined;
  onAdd: (name: string) => void;
  /** A problem from outside (the form's or the BFF's), shown until the field has its own. */
  error?: string | undefined;
};

/**
 * A name to add: typed, or picked from the suggestions the browser shows under the field. Renders
 * its label, field and problem without a wrapper, so the caller decides the layout around them.
 */
export function AddItemField({ label, labelClassName, buttonLabel, suggestions, problemOf, onAdd, error }: AddItemFieldProps) {
  const id = useId();
  const [name, setName] = useState("");
  const [tried, setTried] = useState(false);
  // Asked again on every render, not kept: "already in the list" must go once that item is removed.
  const problem = tried ? problemOf(name.trim()) : undefined;
  const shownError = problem ?? error;

  function add() {
    const trimmed = name.trim();
    setTried(true);
    if (problemOf(trimmed)) return;
    setName("");
    setTried(false);
    onAdd(trimmed);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the name; it must not send the whole form around it.
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  }

  return (
    <>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          list={`${id}-suggestions`}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setTried(false);
          }}
          onKeyDown={handleKeyDown}
          autoComplete="off"
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${id}-error` : undefined}
          className={cn(
            "min-h-10 min-w-0 flex-1 rounded-md border bg-white px-3 text-base text-slate-900 shadow-xs sm:text-sm",
            "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
            shownError ? "border-red-700" : "border-slate-400",
          )}
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <Button variant="secondary" onClick={add}>
          {buttonLabel}
        </Button>
      </div>
      {shownError && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {shownError}
        </p>
      )}
    </>
  );
}
