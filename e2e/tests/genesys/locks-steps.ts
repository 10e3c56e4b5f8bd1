import { expect, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";

export async function goToLocks(page: Page): Promise<void> {
  await page.goto(paths.locks.getHref());
}

/** Genesys has no lock state: no "Lockouts" in the navigation, and its address says so. */
export async function assertNoLockScan(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Not available on this contact center platform" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Directory" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Lockouts" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Scan now" })).toHaveCount(0);
}
