import { expect, type Locator, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";

export type NewUser = {
  loginId: string;
  firstName: string;
  lastName: string;
  /** Left out where the platform has no teams (Genesys). */
  team?: string;
  email?: string;
  extension?: string;
  skills: Record<string, number>;
  roles: string[];
};

// ---------------------------------------------------------------- Creating

export async function clickNewUserInNavigation(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New user" }).click();
}

export async function assertOnNewUserForm(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "New user" })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === paths.newUser.path);
  await expect(page.getByRole("combobox", { name: "Team" }).getByRole("option", { name: "Customer Service" })).toBeAttached();
  await assertNoSeriousA11yViolations(page);
}

export async function fillNewUser(page: Page, user: NewUser): Promise<void> {
  // "Login" on Bright Pattern, "User name" (an e-mail) on Genesys.
  await page.getByRole("textbox", { name: /^(Login|User name)$/ }).fill(user.loginId);
  await page.getByLabel("First name").fill(user.firstName);
  await page.getByLabel("Last name").fill(user.lastName);
  if (user.email) await page.getByLabel("Email (optional)").fill(user.email);
  if (user.team) await page.getByRole("combobox", { name: "Team" }).selectOption(user.team);
  if (user.extension) await page.getByLabel("Extension (optional)").fill(user.extension);
  for (const role of user.roles) {
    await page.getByRole("combobox", { name: "Add a role" }).fill(role);
    await page.getByRole("button", { name: "Add role" }).click();
  }
  for (const [skill, level] of Object.entries(user.skills)) {
    await page.getByRole("combobox", { name: "Add a skill" }).fill(skill);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("spinbutton", { name: `Level of ${skill}` })).toBeFocused();
    await page.keyboard.type(String(level));
  }
  await assertNoSeriousA11yViolations(page);
}

export async function clickCreateUser(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Create user" }).click();
}

/** The generated first password, shown this once; Done opens the new user. Returns the password. */
export async function assertCreatedWithPassword(page: Page, name: string): Promise<string> {
  const dialog = page.getByRole("dialog", { name: `Created ${name}` });
  const shown = dialog.getByRole("status", { name: "Temporary password" });
  await expect(shown).toHaveText(/^[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}$/);
  await assertNoSeriousA11yViolations(page);
  const password = (await shown.textContent()) ?? "";
  await dialog.getByRole("button", { name: "Done" }).click();
  return password;
}

export async function assertOnNewUsersPage(page: Page, name: string, loginId: string, skills: Record<string, number>): Promise<void> {
  await expect(page.getByText(`Created ${name} (${loginId}).`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === paths.user.getHref(loginId));
  const form = page.getByRole("region", { name: "Team and skills" });
  for (const [skill, level] of Object.entries(skills)) await expect(form.getByRole("spinbutton", { name: `Level of ${skill}` })).toHaveValue(String(level));
  await assertNoSeriousA11yViolations(page);
}

export async function assertLoginRefused(page: Page, message: string, kept: { firstName: string }): Promise<void> {
  await expect(page.getByLabel("Login")).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(page.getByLabel("Login")).toBeFocused();
  await expect(page.getByLabel("First name")).toHaveValue(kept.firstName);
  await expect(page).toHaveURL((url) => url.pathname === paths.newUser.path);
}

// ---------------------------------------------------------------- Where a user is listed

function usersRowsNamed(page: Page, loginId: string): Locator {
  return page.getByRole("table", { name: "Users" }).getByRole("row").filter({ hasText: loginId });
}

export async function assertListedInUsers(page: Page, loginId: string): Promise<void> {
  await page.goto(paths.users.getHref({ q: loginId }));
  await expect(usersRowsNamed(page, loginId)).toHaveCount(1);
}

export async function assertNotListedInUsers(page: Page, loginId: string): Promise<void> {
  await page.goto(paths.users.getHref({ q: loginId }));
  await expect(page.getByRole("status").filter({ hasText: `No user matches “${loginId}”` })).toBeVisible();
}

export async function assertInDirectory(page: Page, name: string, present: boolean): Promise<void> {
  await page.goto(paths.directory.getHref(name));
  const status = page.getByRole("status").filter({ hasText: /\d+ (people|person)|No one/ });
  await expect(status).toBeVisible();
  await expect(page.getByRole("table", { name: "People" }).getByText(name, { exact: true })).toHaveCount(present ? 1 : 0);
}

// ---------------------------------------------------------------- Deleting

/** The confirmation wants the login typed exactly: a near miss keeps Delete off. */
export async function clickDeleteUserAndType(page: Page, name: string, loginId: string): Promise<void> {
  await page.getByRole("region", { name: "Danger zone" }).getByRole("button", { name: "Delete user…" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog).toBeVisible();
  const typed = dialog.getByRole("textbox", { name: `Type ${loginId} to confirm` });
  await expect(typed).toBeFocused();
  await typed.fill(loginId.toUpperCase());
  await expect(dialog.getByRole("button", { name: "Delete user" })).toBeDisabled();
  await assertNoSeriousA11yViolations(page);
  await typed.fill(loginId);
}

export async function clickConfirmDelete(page: Page, name: string): Promise<void> {
  await page.getByRole("dialog", { name: `Delete ${name}?` }).getByRole("button", { name: "Delete user" }).click();
}

export async function assertDeleted(page: Page, name: string, loginId: string): Promise<void> {
  await expect(page.getByText(`Deleted ${name} (${loginId}).`)).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === paths.users.path);
}
