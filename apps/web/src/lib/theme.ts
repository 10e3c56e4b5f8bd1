/**
 * The colour theme: what this browser chose ("system" follows `prefers-color-scheme`), kept in
 * localStorage under the key public/theme.js reads before the first paint.
 */
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const STORAGE_KEY = "switchboard.theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.some((choice) => choice === value);
}

export function readThemeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(stored) ? stored : "system";
  } catch {
    return "system";
  }
}

/** Not every browser-like environment answers media queries (jsdom has no `matchMedia` function). */
function mediaQueries(): boolean {
  const matchMedia: unknown = Reflect.get(window, "matchMedia");
  return typeof matchMedia === "function";
}

function systemIsDark(): boolean {
  return mediaQueries() ? window.matchMedia(DARK_QUERY).matches : false;
}

/** Puts the theme on <html>: the `dark` class the stylesheet's `dark` variant and palette follow. */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === "dark" || (choice === "system" && systemIsDark());
  document.documentElement.classList.toggle("dark", dark);
}

export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the choice lasts until the page is left.
  }
  applyTheme(choice);
}

/** While the choice is "system", a change of the system's setting changes the page at once. */
export function followSystemTheme(getChoice: () => ThemeChoice): () => void {
  if (!mediaQueries()) return () => {};
  const media = window.matchMedia(DARK_QUERY);
  const onChange = () => {
    if (getChoice() === "system") applyTheme("system");
  };
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}
