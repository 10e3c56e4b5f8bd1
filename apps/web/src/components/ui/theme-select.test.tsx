import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThemeSelect } from "./theme-select";

/** A system setting the test can change, as the browser's `prefers-color-scheme` query. */
function systemPrefersDark(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal("matchMedia", () => media);
  return (next: boolean) => {
    dark = next;
    for (const listener of listeners) listener();
  };
}

const isDark = () => document.documentElement.classList.contains("dark");

describe("the theme", () => {
  beforeEach(() => {
    window.localStorage.clear();
    document.documentElement.classList.remove("dark");
  });
  afterEach(() => vi.unstubAllGlobals());

  it("follows the system until a theme is chosen, and follows its changes", () => {
    const setSystem = systemPrefersDark(false);
    render(<ThemeSelect />);

    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("system");
    setSystem(true);
    expect(isDark()).toBe(true);
    setSystem(false);
    expect(isDark()).toBe(false);
  });

  it("remembers a chosen theme in this browser, and stops following the system", async () => {
    const setSystem = systemPrefersDark(false);
    const user = userEvent.setup();
    const { unmount } = render(<ThemeSelect />);

    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "Dark");
    expect(isDark()).toBe(true);
    setSystem(false);
    expect(isDark()).toBe(true);

    unmount();
    render(<ThemeSelect />);
    expect(screen.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");

    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "Light");
    setSystem(true);
    expect(isDark()).toBe(false);

    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "System");
    expect(isDark()).toBe(true);
    expect(window.localStorage.getItem("switchboard.theme")).toBeNull();
  });
});
