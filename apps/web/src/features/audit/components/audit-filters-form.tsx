import { useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { paths, type AuditFilters } from "@/config/paths";
import type { FieldErrors } from "@/lib/field-errors";
import { fromLocalInputValue, toLocalInputValue } from "@/lib/format-date";
import { pageSearchProps } from "@/lib/page-search";
import { actionOptions } from "../utils/action-labels";
import { hasFilters } from "../utils/audit-filters";

type Draft = { actor: string; action: string; target: string; from: string; to: string };
export type FilterField = keyof Draft;

function draftOf(filters: AuditFilters): Draft {
  return {
    actor: filters.actor ?? "",
    action: filters.action ?? "",
    target: filters.target ?? "",
    from: toLocalInputValue(filters.from),
    to: toLocalInputValue(filters.to),
  };
}

/**
 * The filters as typed; applied (written to the address) on submit, since names match exactly and
 * half a name finds nothing. Times are typed in local time and sent as UTC.
 */
export function AuditFiltersForm({
  filters,
  serverErrors,
  onApply,
}: {
  /** What the address says now; the form follows it when it changes (Back, a link). */
  filters: AuditFilters;
  /** The BFF's objections to the applied filters, by field. */
  serverErrors: FieldErrors<FilterField>;
  onApply: (filters: AuditFilters) => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(filters));
  const applied = paths.audit.getHref(filters);
  const [shown, setShown] = useState(applied);
  const [errors, setErrors] = useState<FieldErrors<FilterField>>({});
  const toRef = useRef<HTMLInputElement>(null);
  // Adjusting state during render, as React recommends for values derived from a changed prop.
  if (shown !== applied) {
    setShown(applied);
    setDraft(draftOf(filters));
    setErrors({});
  }
  const shownErrors = { ...serverErrors, ...errors };
  const set = (field: FilterField) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const from = fromLocalInputValue(draft.from);
    const to = fromLocalInputValue(draft.to);
    if (from && to && from > to) {
      setErrors({ to: "Choose a time after the start." });
      toRef.current?.focus();
      return;
    }
    setErrors({});
    onApply({
      actor: draft.actor.trim() || undefined,
      action: draft.action || undefined,
      target: draft.target.trim() || undefined,
      from,
      to,
    });
  }

  return (
    <form
      noValidate
      role="search"
      aria-label="Filter the audit trail"
      onSubmit={handleSubmit}
      className="grid grid-cols-1 gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <TextField
        {...pageSearchProps}
        label="Actor"
        hint="Who acted: an account name, exactly."
        name="actor"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={draft.actor}
        onChange={set("actor")}
        error={shownErrors.actor}
      />
      <SelectField
        label="Action"
        hint="What was done."
        name="action"
        options={actionOptions(draft.action || undefined)}
        value={draft.action}
        onChange={set("action")}
        error={shownErrors.action}
      />
      <TextField
        label="Target"
        hint="What it was done to: an account name or login, exactly."
        name="target"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={draft.target}
        onChange={set("target")}
        error={shownErrors.target}
      />
      <TextField
        label="From"
        hint="Your local time."
        name="from"
        type="datetime-local"
        value={draft.from}
        onChange={set("from")}
        error={shownErrors.from}
      />
      <TextField
        ref={toRef}
        label="To"
        hint="Your local time."
        name="to"
        type="datetime-local"
        value={draft.to}
        onChange={set("to")}
        error={shownErrors.to}
      />
      <div className="flex flex-wrap items-end gap-2">
        <Button type="submit">Apply filters</Button>
        {hasFilters(filters) && (
          <Link
            to={paths.audit.getHref()}
            className="inline-flex min-h-10 items-center rounded-md px-4 text-sm font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
