import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

export async function goToImportUsers(page: Page): Promise<void> {
  await page.goto(paths.importUsers.getHref());
}

export async function assertOnImportUsersPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Import users" })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

/** Chooses a file made of these lines, as a spreadsheet saves it (CRLF), without touching the disk. */
export async function chooseCsv(page: Page, name: string, lines: readonly string[]): Promise<void> {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8") });
}

export async function clickPreview(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Preview" }).click();
}

function summaryCount(page: Page, label: string): Locator {
  return page.getByLabel("Summary").locator("div").filter({ hasText: label });
}

export async function assertSummary(page: Page, counts: Record<"Create" | "Update" | "Delete" | "Unchanged" | "Error", number>): Promise<void> {
  for (const [label, count] of Object.entries(counts)) await expect(summaryCount(page, label)).toHaveText(`${label}${count}`);
  await assertNoSeriousA11yViolations(page);
}

/** The error in the list of all errors, linked to its row, and the same error on the row itself. */
export async function assertRowError(page: Page, row: number, column: string, message: string): Promise<void> {
  await expect(page.getByRole("link", { name: `Row ${row}, ${column}` })).toBeVisible();
  await expect(page.getByRole("list", { name: `Errors in row ${row}` })).toContainText(`${column}: ${message}`);
}

/** Follows the error's link in the list of all errors to its row, which the page scrolls to. */
export async function clickErrorLink(page: Page, row: number, column: string): Promise<void> {
  await page.getByRole("link", { name: `Row ${row}, ${column}` }).click();
  await expect(page).toHaveURL(new RegExp(`#import-row-${row}$`));
  await expect(page.getByRole("rowheader", { name: String(row), exact: true })).toBeInViewport();
}

export async function assertNoErrors(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { name: /errors? in/ })).toHaveCount(0);
}

export async function assertRowChange(page: Page, row: number, change: string): Promise<void> {
  await expect(page.getByRole("list", { name: `Changes in row ${row}` })).toContainText(change);
}
