import { expect, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

// ---------------------------------------------------------------- Locked right now

export async function goToLocks(page: Page): Promise<void> {
  await page.goto(paths.locks.getHref());
}

export async function assertOnLocksPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: paths.locks.title })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Lockouts" })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

export async function clickScanNow(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Scan now" }).click();
}

function lockedUsers(page: Page) {
  return page.getByRole("table", { name: "Locked-out users" });
}

/** The scan ended and the page lists who is locked out, its id kept in the address. */
export async function assertScanFinished(page: Page): Promise<void> {
  await expect(lockedUsers(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]job=/);
  await assertNoSeriousA11yViolations(page);
}

function rowOf(page: Page, name: string) {
  return lockedUsers(page).getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
}

export async function assertListedAsLocked(page: Page, name: string, loginId: string): Promise<void> {
  await expect(rowOf(page, name)).toContainText(loginId);
  await expect(rowOf(page, name).getByRole("button", { name: "Unlock" })).toBeVisible();
}

export async function assertNotListed(page: Page, name: string): Promise<void> {
  await expect(lockedUsers(page).getByRole("link", { name, exact: true })).toHaveCount(0);
}

export async function clickUnlockIn(page: Page, name: string): Promise<void> {
  await rowOf(page, name).getByRole("button", { name: "Unlock" }).click();
}

export async function assertUnlockedIn(page: Page, name: string): Promise<void> {
  await expect(rowOf(page, name).getByText("Unlocked", { exact: true })).toBeVisible();
  await expect(page.getByText(`Unlocked ${name}’s account.`)).toBeVisible();
}
