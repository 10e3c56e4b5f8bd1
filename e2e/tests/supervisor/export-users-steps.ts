import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

// ---------------------------------------------------------------- Export the users as CSV

/** The Users page's export button, its label counting what it exports ("Export all 501 users as CSV", "Export 1 user as CSV"). */
export async function clickExportUsers(page: Page, label: string | RegExp): Promise<void> {
  const button = page.getByRole("button", { name: label, exact: true });
  await expect(button).toBeVisible();
  await button.click();
}

export async function clickExportAllUsers(page: Page): Promise<void> {
  await clickExportUsers(page, /^Export all [\d,]+ users as CSV$/);
}

/** The job ran (its progress shown meanwhile, its id in the address) and says how many users the file holds. */
export async function assertExportDone(page: Page): Promise<void> {
  await expect(page).toHaveURL(/[?&]export=/);
  await expect(page.getByRole("status").filter({ hasText: /^Exported [\d,]+ users?\.$/ })).toBeVisible({ timeout: 30_000 });
  await assertNoSeriousA11yViolations(page);
}

/** Clicks the download and answers the file as the browser saved it: its name and its text. */
export async function downloadExport(page: Page): Promise<{ fileName: string; text: string }> {
  const button = page.getByRole("region", { name: "Export" }).getByRole("button", { name: /^Download switchboard-users-\d{4}-\d{2}-\d{2}\.csv$/ });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}
