import { SKILL_LEVEL_MAX, SKILL_LEVEL_MIN } from "@switchboard/contracts";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { levelProblem, newSkillProblem, parseLevel, skillSuggestions, type SkillDraft } from "../utils/skill-drafts";
import { AddItemField } from "./add-item-field";

export type SkillsEditorProps = {
  drafts: SkillDraft[];
  onChange: (drafts: SkillDraft[]) => void;
  /** A row's problem by skill name: its level (the form's own check, or the BFF's), or the skill itself (unknown to the platform). */
  errors: Readonly<Record<string, string>>;
  /** About the set as a whole (the platform refused a skill without naming it). */
  error?: string | undefined;
  /** Names seen elsewhere in the tenant; any other name may be typed too. */
  seen: readonly string[];
};

/**
 * Skills with their levels (0–100), each editable by number or slider; add one by name (with
 * suggestions from the tenant, free text allowed) or remove one. A level is checked when the field is
 * left, and again by the form before anything is sent.
 */
export function SkillsEditor({ drafts, onChange, errors, error, seen }: SkillsEditorProps) {
  const id = useId();
  const [blurred, setBlurred] = useState<Record<string, string>>({});
  const focusAfterAdd = useRef<string | null>(null);

  function setLevel(name: string, level: string) {
    onChange(drafts.map((draft) => (draft.name === name ? { ...draft, level } : draft)));
    setBlurred(({ [name]: _fixed, ...rest }) => rest);
  }

  function checkLevel(name: string, level: string) {
    const problem = levelProblem(level);
    setBlurred(({ [name]: _old, ...rest }) => (problem ? { ...rest, [name]: problem } : rest));
  }

  function add(name: string) {
    focusAfterAdd.current = name;
    onChange([...drafts, { name, level: "" }]);
  }

  function remove(name: string) {
    // A problem of the level removed must not come back if a skill of that name is added again.
    setBlurred(({ [name]: _gone, ...rest }) => rest);
    onChange(drafts.filter((draft) => draft.name !== name));
  }

  const suggestions = skillSuggestions(seen, drafts);
  return (
    <div className="flex flex-col gap-3">
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      )}
      {drafts.length === 0 ? (
        <p className="text-sm text-slate-700">No skills yet.</p>
      ) : (
        <ul aria-label="Skills" aria-describedby={error ? `${id}-error` : undefined} className="flex flex-col divide-y divide-slate-200">
          {drafts.map((draft, index) => {
            const rowId = `${id}-${index}`;
            const problem = errors[draft.name] ?? blurred[draft.name];
            return (
              <li key={draft.name} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 py-2 sm:grid-cols-[minmax(0,10rem)_5rem_minmax(0,1fr)_auto]">
                <label htmlFor={`${rowId}-level`} className="text-sm font-medium break-words text-slate-900 max-sm:col-span-2">
                  {draft.name}
                </label>
                <input
                  ref={(element) => {
                    // A skill just added: its level is what to type next.
                    if (element && focusAfterAdd.current === draft.name) {
                      focusAfterAdd.current = null;
                      element.focus();
                    }
                  }}
                  id={`${rowId}-level`}
                  // The visible label is the skill's name; the accessible name says what the number is.
                  aria-label={`Level of ${draft.name}`}
                  type="number"
                  inputMode="numeric"
                  min={SKILL_LEVEL_MIN}
                  max={SKILL_LEVEL_MAX}
                  step={1}
                  value={draft.level}
                  onChange={(event) => setLevel(draft.name, event.target.value)}
                  onBlur={(event) => {
                    // Not while a button is being pressed (it took the focus on the press): the error line
                    // would push it from under the pointer before the release, and the click would be
                    // lost. Save checks anyway; Tab to a button still checks.
                    const to = event.relatedTarget;
                    if (to instanceof HTMLButtonElement && to.matches(":active")) return;
                    checkLevel(draft.name, event.target.value);
                  }}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${rowId}-error` : undefined}
                  className={cn(
                    "min-h-10 w-20 rounded-md border bg-white px-2 text-base text-slate-900 tabular-nums shadow-xs sm:text-sm",
                    "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
                    problem ? "border-red-700" : "border-slate-400",
                  )}
                />
                {/* A pointer's shortcut to the number beside it, which is the one control a keyboard or a
                    screen reader meets (its arrows step the level): one stop and one name per skill. */}
                <input
                  type="range"
                  tabIndex={-1}
                  aria-hidden="true"
                  min={SKILL_LEVEL_MIN}
                  max={SKILL_LEVEL_MAX}
                  step={1}
                  // A level that is not one yet (empty, or not digits) leaves the slider at the start.
                  value={parseLevel(draft.level) ?? SKILL_LEVEL_MIN}
                  onChange={(event) => setLevel(draft.name, event.target.value)}
                  className="min-h-10 w-full accent-brand-700 max-sm:order-last max-sm:col-span-2"
                />
                <Button variant="ghost" size="sm" aria-label={`Remove ${draft.name}`} onClick={() => remove(draft.name)}>
                  Remove
                </Button>
                {problem && (
                  <p id={`${rowId}-error`} className="text-sm text-red-800 sm:col-span-4 max-sm:col-span-2">
                    {problem}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex flex-col gap-1">
        <AddItemField
          label="Add a skill"
          labelClassName="text-sm font-medium text-slate-900"
          buttonLabel="Add skill"
          suggestions={suggestions}
          problemOf={(name) => newSkillProblem(name, drafts)}
          onAdd={add}
        />
      </div>
    </div>
  );
}
