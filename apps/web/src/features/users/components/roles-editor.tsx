import { useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

/**
 * The roles a new user gets, added by name (suggestions from the tenant, free text allowed) and
 * removed one by one. The platform checks that each exists.
 */
export function RolesEditor({
  roles,
  onChange,
  suggestions,
  error,
}: {
  roles: string[];
  onChange: (roles: string[]) => void;
  suggestions: readonly string[];
  error?: string | undefined;
}) {
  const id = useId();
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const offered = suggestions.filter((s) => !roles.some((role) => role.toLowerCase() === s.toLowerCase()));
  const shownError = problem ?? error;

  function add() {
    const trimmed = name.trim();
    const why = trimmed === "" ? "Enter a role." : roles.some((r) => r.toLowerCase() === trimmed.toLowerCase()) ? `${trimmed} is already in the list.` : undefined;
    setProblem(why);
    if (why) return;
    onChange([...roles, trimmed]);
    setName("");
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  }

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-900">Roles</legend>
      {roles.length === 0 ? (
        <p className="text-sm text-slate-700">No roles: the user can sign in, but do nothing.</p>
      ) : (
        <ul aria-label="Roles" className="flex flex-wrap gap-2">
          {roles.map((role) => (
            <li key={role} className="flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pr-1 pl-3 text-sm">
              {role}
              <Button variant="ghost" size="sm" className="min-h-7 px-2" aria-label={`Remove ${role}`} onClick={() => onChange(roles.filter((r) => r !== role))}>
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="text-sm text-slate-900">
        Add a role
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          list={`${id}-suggestions`}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(undefined);
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
          {offered.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <Button variant="secondary" onClick={add}>
          Add role
        </Button>
      </div>
      {shownError && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {shownError}
        </p>
      )}
    </fieldset>
  );
}
