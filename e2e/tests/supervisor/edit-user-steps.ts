import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

// ---------------------------------------------------------------- The user's page

export async function goToUser(page: Page, loginId: string): Promise<void> {
  await page.goto(paths.user.getHref(loginId));
}

export async function assertOnEditableUserPage(page: Page, name: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(teamAndSkills(page)).toBeVisible();
  await expect(page.getByRole("region", { name: "Profile" })).toContainText("can’t be changed here");
  await assertNoSeriousA11yViolations(page);
}

// ---------------------------------------------------------------- Team and skills

function teamAndSkills(page: Page): Locator {
  return page.getByRole("region", { name: "Team and skills" });
}

function levelOf(page: Page, skill: string): Locator {
  return teamAndSkills(page).getByRole("spinbutton", { name: `Level of ${skill}` });
}

export async function fillSkillLevel(page: Page, skill: string, level: string): Promise<void> {
  await levelOf(page, skill).fill(level);
}

export async function chooseTeam(page: Page, team: string): Promise<void> {
  await teamAndSkills(page).getByRole("combobox", { name: "Team" }).selectOption(team);
}

export async function clickSaveChanges(page: Page): Promise<void> {
  await teamAndSkills(page).getByRole("button", { name: "Save changes" }).click();
}

export async function assertLevelRefused(page: Page, skill: string, message: string): Promise<void> {
  await expect(levelOf(page, skill)).toHaveAccessibleDescription(message);
  await expect(levelOf(page, skill)).toBeFocused();
}

export async function assertSaved(page: Page, message: string): Promise<void> {
  await expect(page.getByText(message)).toBeVisible();
  await expect(teamAndSkills(page).getByText("No unsaved changes")).toBeVisible();
}

/** What the page shows after a reload, i.e. what the platform holds. */
export async function assertTeamAndLevel(page: Page, team: string, skill: string, level: number): Promise<void> {
  await expect(teamAndSkills(page).getByRole("combobox", { name: "Team" })).toHaveValue(team);
  await expect(levelOf(page, skill)).toHaveValue(String(level));
}

// ---------------------------------------------------------------- Enable and disable

function signInSection(page: Page): Locator {
  return page.getByRole("region", { name: "Sign-in" });
}

/** Opens the confirmation, checks it, and confirms. */
export async function clickSetAccount(page: Page, name: string, to: "Disable" | "Enable"): Promise<void> {
  await signInSection(page).getByRole("button", { name: `${to} account…` }).click();
  const dialog = page.getByRole("dialog", { name: `${to} ${name}’s account?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await assertNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: `${to} account` }).click();
}

export async function assertAccount(page: Page, name: string, state: "Disabled" | "Enabled"): Promise<void> {
  await expect(page.getByText(`${state} ${name}’s account.`)).toBeVisible();
  await expect(signInSection(page).getByText(state, { exact: true })).toBeVisible();
}

// ---------------------------------------------------------------- Recent changes

export async function assertRecentChanges(page: Page, lines: readonly (string | RegExp)[]): Promise<void> {
  const changes = page.getByRole("region", { name: "Recent changes" }).getByRole("list", { name: "Changes, newest first" });
  for (const line of lines) await expect(changes).toContainText(line);
}

// ---------------------------------------------------------------- Two editors at once

function conflictDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Someone else changed this user" });
}

export async function assertConflict(page: Page, change: { field: string; now: string; mine: string; by: string }): Promise<void> {
  const dialog = conflictDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(new RegExp(`${change.by} changed it`));
  await expect(dialog).toContainText(`${change.field}When you opened it`);
  await expect(dialog).toContainText(`Now${change.now}Your change${change.mine}`);
  await expect(dialog.getByRole("button", { name: "Reload and drop my change" })).toBeFocused();
  await assertNoSeriousA11yViolations(page);
}

export async function clickOverwrite(page: Page): Promise<void> {
  await conflictDialog(page).getByRole("button", { name: "Overwrite with my change" }).click();
  await expect(conflictDialog(page)).toHaveCount(0);
}

export async function clickReloadTheirs(page: Page): Promise<void> {
  await conflictDialog(page).getByRole("button", { name: "Reload and drop my change" }).click();
  await expect(conflictDialog(page)).toHaveCount(0);
}
