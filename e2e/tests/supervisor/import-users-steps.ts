import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";
import { signInAs } from "../support/session-steps.ts";

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

/** The import page, signed in on the way as `role`. */
export async function openImportUsersAs(page: Page, role: "supervisor" | "admin"): Promise<void> {
  await goToImportUsers(page);
  await signInAs(page, role);
  await assertOnImportUsersPage(page);
}

/** Chooses the file, previews it, and checks the counts. */
export async function previewCsv(page: Page, name: string, lines: readonly string[], counts: Parameters<typeof assertSummary>[1]): Promise<void> {
  await chooseCsv(page, name, lines);
  await clickPreview(page);
  await assertSummary(page, counts);
}

export async function assertApplyNotOffered(page: Page, errors: number): Promise<void> {
  await expect(page.getByText(`Fix the ${errors === 1 ? "error" : `${errors} errors`} above and preview again`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply", exact: true })).toHaveCount(0);
}

/** Apply, then the confirmation naming the counts ("Create 2, update 1, delete 1 users?"), confirmed. */
export async function clickApplyAndConfirm(page: Page, question: string, confirm: string): Promise<void> {
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Apply this file?" });
  await expect(dialog).toContainText(question);
  await assertNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: confirm }).click();
}

/** The job in the address, its progress (or its end, if it was quicker than the page), then each row's outcome. */
export async function assertApplied(page: Page, summary: string, outcomes: ReadonlyArray<readonly [row: number, loginId: string, outcome: string]>): Promise<void> {
  await expect(page).toHaveURL(/[?&]job=[\w-]+/);
  await expect(page.getByRole("progressbar", { name: "Applying rows" }).or(page.getByText(/^Import applied:/))).toBeVisible();
  await expect(page.getByText(/^Import applied:/)).toHaveText(summary, { timeout: 20_000 });
  const table = page.getByRole("table", { name: "What applying did with each row" });
  for (const [row, loginId, outcome] of outcomes) {
    await expect(table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(row), exact: true }) })).toContainText(`${loginId}${outcome}`);
  }
  await assertNoSeriousA11yViolations(page);
}

/** The new users nobody has a password for, each linked to their page, and how they get one (`how`: words of the note). */
export async function assertNeedPassword(page: Page, loginIds: readonly string[], how: string): Promise<void> {
  const region = page.getByRole("region", { name: /new users? (has|have) no password yet/ });
  await expect(region).toContainText(how);
  for (const loginId of loginIds) await expect(region.getByRole("link", { name: loginId })).toBeVisible();
}
