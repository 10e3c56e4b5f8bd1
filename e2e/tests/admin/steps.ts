import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import { SessionSchema } from "@switchboard/contracts";
import { paths, type AuditFilters } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

export type NewAccount = { username: string; password: string; role: "viewer" | "helpdesk" | "supervisor" | "admin" };

/** A name no earlier run has used, within the BFF's rules (letters, digits, . _ -). */
export function uniqueAccountName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}`;
}

// ---------------------------------------------------------------- Accounts

export async function goToAccounts(page: Page): Promise<void> {
  await page.goto(paths.accounts.getHref());
}

export async function clickNavigation(page: Page, label: "Accounts" | "Audit" | "Directory"): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
}

export async function assertOnAccounts(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  await expect(accountsTable(page)).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

function accountsTable(page: Page): Locator {
  return page.getByRole("table", { name: "Dashboard accounts" });
}

function accountRow(page: Page, username: string): Locator {
  return accountsTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${username}\\b`) }) });
}

export async function clickNewAccount(page: Page): Promise<void> {
  await page.getByRole("button", { name: "New account" }).click();
  await expect(page.getByRole("dialog", { name: "New account" })).toBeVisible();
}

export async function fillNewAccount(page: Page, account: NewAccount): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "New account" });
  await dialog.getByLabel("Username").fill(account.username);
  await dialog.getByLabel("Password", { exact: true }).fill(account.password);
  await dialog.getByLabel("Role").selectOption(account.role);
  await assertNoSeriousA11yViolations(page);
}

export async function clickCreateAccount(page: Page): Promise<void> {
  await page.getByRole("dialog", { name: "New account" }).getByRole("button", { name: "Create account" }).click();
}

export async function assertAccountListed(page: Page, username: string, role: string): Promise<void> {
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText(new RegExp(`^Created ${username}, an? ${role.toLowerCase()}\\.$`))).toBeVisible();
  const row = accountRow(page, username);
  await expect(row).toContainText(role);
  await expect(row).toContainText("Active");
}

/** Opens the confirmation, checks it names the account, and takes Escape as "no" once. */
export async function clickRemoveAccount(page: Page, username: string): Promise<void> {
  const remove = accountRow(page, username).getByRole("button", { name: `Remove ${username}` });
  await remove.click();
  const dialog = page.getByRole("dialog", { name: `Remove ${username}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`The account ${username} is signed out and deleted`);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await assertNoSeriousA11yViolations(page);

  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(accountRow(page, username)).toHaveCount(1);

  await remove.click();
}

export async function clickConfirmRemoval(page: Page, username: string): Promise<void> {
  await page.getByRole("dialog", { name: `Remove ${username}?` }).getByRole("button", { name: `Remove ${username}` }).click();
}

export async function assertAccountRemoved(page: Page, username: string): Promise<void> {
  await expect(page.getByText(`Removed ${username}.`)).toBeVisible();
  await expect(accountRow(page, username)).toHaveCount(0);
}

/** The signed-in admin's own row: the controls that would lock them out are off, and it says why. */
export async function assertOwnAccountProtected(page: Page, username: string): Promise<void> {
  const row = accountRow(page, username);
  for (const name of [`Change role of ${username}`, `Disable ${username}`, `Remove ${username}`]) {
    const button = row.getByRole("button", { name });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription("Your own role, status and account are for another admin to change.");
  }
}

/** Tab and Shift+Tab stay inside the dialog; Escape closes it and gives focus back to the opener. */
export async function assertDialogKeepsFocus(page: Page, opener: Locator, dialogName: string): Promise<void> {
  await opener.click();
  const dialog = page.getByRole("dialog", { name: dialogName });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
}

// ---------------------------------------------------------------- No access

export async function assertNoAdminNavigation(page: Page): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Directory" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Accounts" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit" })).toHaveCount(0);
}

export async function assertAdminApiRefused(page: Page): Promise<void> {
  const response = await page.request.get("/api/accounts");
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
}

export async function assertNoAccess(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: /You don.t have access to this page/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await assertNoSeriousA11yViolations(page);
}

// ---------------------------------------------------------------- Audit

export async function goToAudit(page: Page, filters?: AuditFilters): Promise<void> {
  await page.goto(paths.audit.getHref(filters));
}

export async function assertOnAudit(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Audit" })).toBeVisible();
  await expect(auditTable(page)).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

function auditTable(page: Page): Locator {
  return page.getByRole("table", { name: "Audit records, newest first" });
}

export async function fillAuditFilter(page: Page, label: "Actor" | "Target", value: string): Promise<void> {
  await page.getByRole("search", { name: "Filter the audit trail" }).getByLabel(label).fill(value);
}

export async function clickApplyFilters(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Apply filters" }).click();
}

export async function assertAuditAddress(page: Page, filters: AuditFilters): Promise<void> {
  await expect(page).toHaveURL((url) => {
    if (url.pathname !== paths.audit.path) return false;
    return Object.entries(filters).every(([name, value]) => url.searchParams.get(name) === value);
  });
}

/** A row of the trail with this action by this actor, and how it ended. */
export async function assertAuditRecord(
  page: Page,
  record: { action: string; actor: string; target: string; outcome?: string },
): Promise<void> {
  const row = auditTable(page)
    .getByRole("row")
    .filter({ hasText: record.action })
    // By the cell's accessible name: on a phone-width card a cell's text starts with its label.
    .filter({ has: page.getByRole("cell", { name: new RegExp(`^${record.actor}`) }) });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText(record.target);
  await expect(row.first()).toContainText(record.outcome ?? "succeeded");
}

/** Opens a record of this action and checks its before → after. */
export async function assertAuditChanges(page: Page, action: string, field: string, after: string): Promise<void> {
  const row = auditTable(page).getByRole("row").filter({ hasText: action }).first();
  await row.getByRole("button", { name: /^Changes of record/ }).click();
  const changes = auditTable(page).getByRole("table", { name: "Changes" });
  await expect(changes.getByRole("row", { name: new RegExp(`^${field}\\b.*${after}$`) })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

/** Export CSV downloads the filtered trail; the file names the account in each of its rows. */
export async function assertCsvExportNames(page: Page, username: string): Promise<void> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: /^Export CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^switchboard-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await file.path(), "utf8");
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  expect(header).toContain("time (UTC)");
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const row of rows) expect(row).toContain(username);
}

// ---------------------------------------------------------------- Clean-up

/** After a failure part-way, the account the test made must not outlive it. */
export async function removeAccountIfLeft(page: Page, username: string): Promise<void> {
  const session = await page.request.get("/api/session");
  if (!session.ok()) return;
  const { csrfToken } = SessionSchema.parse(await session.json());
  const origin = new URL(page.url()).origin;
  const response = await page.request.delete(`/api/accounts/${encodeURIComponent(username)}`, {
    headers: { "X-CSRF-Token": csrfToken, Origin: origin },
  });
  expect([204, 404]).toContain(response.status());
}
