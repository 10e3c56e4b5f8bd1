import { expect, type Page } from "@playwright/test";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

// ---------------------------------------------------------------- Bulk edit in the Users list

export async function assertUsersShown(page: Page, count: number): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: `${count} users` })).toBeVisible();
}

export async function clickSelectEveryUserShown(page: Page): Promise<void> {
  await page.getByRole("checkbox", { name: "Select every user shown" }).check();
}

export async function assertSelected(page: Page, count: number): Promise<void> {
  await expect(page.getByRole("region", { name: "Selected users" })).toContainText(`${count} users selected`);
}

export async function clickBulkEdit(page: Page): Promise<void> {
  await page.getByRole("region", { name: "Selected users" }).getByRole("button", { name: "Bulk edit" }).click();
}

/** In the bulk edit dialog: add the skill, or set its level, on every selected user. */
export async function fillSetSkill(page: Page, count: number, skill: string, level: number): Promise<void> {
  const dialog = page.getByRole("dialog", { name: `Bulk edit ${count} users` });
  await dialog.getByRole("textbox", { name: "Skill", exact: true }).fill(skill);
  await dialog.getByRole("textbox", { name: /^Level/ }).fill(String(level));
  await assertNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Review the change" }).click();
}

export async function confirmChange(page: Page, count: number, words: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: `Change ${count} users?` });
  await expect(dialog).toContainText(words);
  await assertNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: `Change ${count} users` }).click();
}

/** The job ran to its end (its progress shown meanwhile) and says how each user came out. */
export async function assertBulkOutcome(page: Page, summary: string): Promise<void> {
  await expect(page).toHaveURL(/[?&]bulk=/);
  await expect(page.getByRole("status").filter({ hasText: summary })).toBeVisible({ timeout: 20_000 });
  await assertNoSeriousA11yViolations(page);
}
