import { expect, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

// ---------------------------------------------------------------- The command palette

function palette(page: Page) {
  return page.getByRole("dialog", { name: "Command palette" });
}

/** Ctrl+K from wherever the page is (the palette opens even from a field). */
export async function pressCtrlK(page: Page): Promise<void> {
  await page.keyboard.press("Control+k");
  await expect(palette(page).getByRole("combobox")).toBeFocused();
  await assertNoSeriousA11yViolations(page);
}

export async function typeInPalette(page: Page, text: string): Promise<void> {
  await palette(page).getByRole("combobox").pressSequentially(text, { delay: 20 });
}

/** The first result is `name`, highlighted, so Enter opens it. */
export async function assertFirstResult(page: Page, name: string): Promise<void> {
  const first = palette(page).getByRole("option").first();
  await expect(first).toContainText(name);
  await expect(first).toHaveAttribute("aria-selected", "true");
}

export async function pressEnterInPalette(page: Page): Promise<void> {
  await palette(page).getByRole("combobox").press("Enter");
  await expect(palette(page)).toHaveCount(0);
}

export async function chooseInPalette(page: Page, label: string): Promise<void> {
  await palette(page).getByRole("option", { name: label }).click();
  await expect(palette(page)).toHaveCount(0);
}

export async function assertPaletteActions(page: Page, labels: readonly string[]): Promise<void> {
  const actions = palette(page).getByRole("group", { name: "Actions" }).getByRole("option");
  await expect(actions).toHaveText([...labels]);
}

export async function assertNoPaletteOption(page: Page, label: RegExp): Promise<void> {
  await expect(palette(page).getByRole("option", { name: label })).toHaveCount(0);
}

// ---------------------------------------------------------------- Shortcuts

/** Keys pressed one after the other on the page itself (nothing focused but the page). */
export async function pressKeys(page: Page, ...keys: string[]): Promise<void> {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  for (const key of keys) await page.keyboard.press(key);
}

/** "/" put the cursor in this field (the page's own search, or the header's search for a person). */
export async function assertSlashWentTo(page: Page, role: "searchbox" | "combobox" | "textbox", name: string): Promise<void> {
  await expect(page.getByRole(role, { name })).toBeFocused();
}

export async function goTo(page: Page, path: string): Promise<void> {
  await page.goto(path);
}

export async function assertOnPage(page: Page, heading: string, path: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === path);
}

export async function assertShortcutsDialog(page: Page, rows: readonly string[]): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row").filter({ has: page.getByRole("cell") })).toHaveText([...rows]);
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await assertNoSeriousA11yViolations(page);
}

export async function pressEscapeToClose(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

// ---------------------------------------------------------------- The theme

export async function chooseTheme(page: Page, theme: "System" | "Light" | "Dark"): Promise<void> {
  await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: theme });
}

/** The theme the page shows: the class on <html>, and the page's own background. */
export async function assertTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  if (theme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightness = Number(/oklch\(([\d.]+)/.exec(background)?.[1] ?? NaN);
  if (Number.isNaN(lightness)) throw new Error(`unexpected background ${background}`);
  if (theme === "dark") expect(lightness).toBeLessThan(0.3);
  else expect(lightness).toBeGreaterThan(0.9);
}

/** The theme was on <html> before anything painted: the class is set by the time the document parses. */
export async function assertThemeBeforeFirstPaint(page: Page, theme: "light" | "dark"): Promise<void> {
  const atParse = await page.evaluate(() => (window as unknown as { __themeAtParse?: boolean }).__themeAtParse);
  expect(atParse, "the dark class when the body was parsed").toBe(theme === "dark");
}

/** Records, before any of the page's own scripts run, whether <html> is dark once <body> starts. */
export async function watchThemeAtParse(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      // Null until the parser reaches <body>, whatever the DOM's types say.
      const body = document.body as HTMLElement | null;
      if (body === null) return;
      (window as unknown as { __themeAtParse?: boolean }).__themeAtParse = document.documentElement.classList.contains("dark");
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

export { paths };
