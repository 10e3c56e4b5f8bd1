import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

// The Genesys demo (PLATFORM=genesys on the built-in simulator): user names are e-mails, people have
// devices and DND, there are no teams, access numbers or locks, and names and roles are editable.

/** A user name no other run or test has used, in e-mail form as GWS wants. */
export function uniqueUserName(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}@example.com`;
}

// ---------------------------------------------------------------- Directory and navigation

export async function goToDirectory(page: Page, query?: string): Promise<void> {
  await page.goto(paths.directory.getHref(query));
}

export async function assertOnDirectory(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Directory" })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

function personRow(page: Page, userName: string): Locator {
  return page.getByRole("table", { name: "People" }).getByRole("row").filter({ hasText: userName });
}

/** The person's row: their name, and the number of their active device to call. */
export async function assertPersonWithNumber(page: Page, fullName: string, userName: string): Promise<void> {
  const row = personRow(page, userName);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: fullName })).toBeVisible();
  await expect(row.getByRole("link", { name: /^Call / }).first()).toBeVisible();
}

export async function assertDoNotDisturbShown(page: Page, userName: string, shown: boolean): Promise<void> {
  await expect(personRow(page, userName).getByText("Do not disturb")).toHaveCount(shown ? 1 : 0);
}

export async function assertNoBrightPatternAreasInNavigation(page: Page): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Directory" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Teams" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Access numbers" })).toHaveCount(0);
}

export async function clickPerson(page: Page, fullName: string): Promise<void> {
  await page.getByRole("table", { name: "People" }).getByRole("link", { name: fullName }).click();
}

// ---------------------------------------------------------------- A user's page

export async function goToUser(page: Page, userName: string): Promise<void> {
  await page.goto(paths.user.getHref(userName));
}

export async function assertOnUserPage(page: Page, fullName: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

/** The devices: the active one's number, and whether DND is on. */
export async function assertActiveDevice(page: Page, doNotDisturb: "On" | "Off"): Promise<void> {
  const devices = page.getByRole("list", { name: "Devices" });
  const active = devices.getByRole("listitem").filter({ hasText: "Active" }).first();
  await expect(active.getByRole("link").first()).toHaveAttribute("href", /^tel:/);
  await expect(active.getByText(doNotDisturb, { exact: true }).first()).toBeVisible();
}

/** Genesys has no lock and no password reset here: nothing offers or reports them. */
export async function assertNoLockOrPasswordReset(page: Page): Promise<void> {
  await expect(page.getByText(/lock status/i)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Unlock/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Reset password/ })).toHaveCount(0);
}

// ---------------------------------------------------------------- Name, roles and skills

function nameRolesAndSkills(page: Page): Locator {
  return page.getByRole("region", { name: "Name, roles and skills" });
}

export async function fillLastName(page: Page, lastName: string): Promise<void> {
  await nameRolesAndSkills(page).getByLabel("Last name").fill(lastName);
}

export async function clickAddRole(page: Page, role: string): Promise<void> {
  const form = nameRolesAndSkills(page);
  await form.getByRole("combobox", { name: "Add a role" }).fill(role);
  await form.getByRole("button", { name: "Add role" }).click();
}

export async function clickRemoveRole(page: Page, role: string): Promise<void> {
  await nameRolesAndSkills(page).getByRole("button", { name: `Remove ${role}` }).click();
}

export async function fillSkillLevel(page: Page, skill: string, level: number): Promise<void> {
  await nameRolesAndSkills(page).getByRole("spinbutton", { name: `Level of ${skill}` }).fill(String(level));
}

export async function clickSaveChanges(page: Page): Promise<void> {
  await nameRolesAndSkills(page).getByRole("button", { name: "Save changes" }).click();
}

export async function assertSaved(page: Page): Promise<void> {
  await expect(nameRolesAndSkills(page).getByText("No unsaved changes")).toBeVisible();
}

/** What the form holds after a reload, i.e. what GWS holds. */
export async function assertNameRolesAndLevel(page: Page, held: { lastName: string; roles: string[]; skill: string; level: number }): Promise<void> {
  const form = nameRolesAndSkills(page);
  await expect(form.getByLabel("Last name")).toHaveValue(held.lastName);
  const roles = form.getByRole("list", { name: "Roles" }).getByRole("listitem");
  await expect(roles).toHaveCount(held.roles.length);
  for (const role of held.roles) await expect(roles.filter({ hasText: role })).toHaveCount(1);
  await expect(form.getByRole("spinbutton", { name: `Level of ${held.skill}` })).toHaveValue(String(held.level));
  await assertNoSeriousA11yViolations(page);
}

// ---------------------------------------------------------------- Creating and deleting

/** The Genesys form: a user name in e-mail form, and no team or extension to choose. */
export async function assertOnNewUserForm(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "New user" })).toBeVisible();
  await expect(page.getByLabel("User name")).toBeVisible();
  await expect(page.getByLabel("Team")).toHaveCount(0);
  await expect(page.getByLabel("Extension (optional)")).toHaveCount(0);
  await assertNoSeriousA11yViolations(page);
}

export async function assertOnNewUsersPage(page: Page, name: string, userName: string, skills: Record<string, number>): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === paths.user.getHref(userName));
  const form = nameRolesAndSkills(page);
  for (const [skill, level] of Object.entries(skills)) await expect(form.getByRole("spinbutton", { name: `Level of ${skill}` })).toHaveValue(String(level));
  await assertNoSeriousA11yViolations(page);
}
