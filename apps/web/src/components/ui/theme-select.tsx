import { useEffect, useId, useRef, useState } from "react";
import { followSystemTheme, readThemeChoice, saveThemeChoice, THEME_CHOICES, type ThemeChoice } from "@/lib/theme";

const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

/** The colour theme of this browser: the system's, light or dark; remembered across visits. */
export function ThemeSelect() {
  const id = useId();
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  const choiceRef = useRef(choice);
  useEffect(() => void (choiceRef.current = choice));

  useEffect(() => followSystemTheme(() => choiceRef.current), []);

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-700">
        Theme
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const next = THEME_CHOICES.find((value) => value === event.target.value) ?? "system";
          setChoice(next);
          saveThemeChoice(next);
        }}
        className="min-h-9 rounded-md border border-slate-300 bg-white px-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
