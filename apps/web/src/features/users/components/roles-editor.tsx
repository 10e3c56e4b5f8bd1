import { Button } from "@/components/ui/button";
import { AddItemField } from "./add-item-field";

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
  const offered = suggestions.filter((s) => !roles.some((role) => role.toLowerCase() === s.toLowerCase()));

  function problemOf(name: string) {
    return name === "" ? "Enter a role." : roles.some((r) => r.toLowerCase() === name.toLowerCase()) ? `${name} is already in the list.` : undefined;
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
      <AddItemField
        label="Add a role"
        labelClassName="text-sm text-slate-900"
        buttonLabel="Add role"
        suggestions={offered}
        problemOf={problemOf}
        onAdd={(name) => onChange([...roles, name])}
        error={error}
      />
    </fieldset>
  );
}
