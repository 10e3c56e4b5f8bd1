import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { ProblemSchema, SessionSchema, type Problem } from "@switchboard/contracts";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";
import { E2E } from "../support/environment.ts";
import type { DemoRole } from "../support/session-steps.ts";

// ---------------------------------------------------------------- The simulator's control plane

/** Locks the account as the tenant does after too many failed sign-ins. */
export async function lockThroughSimulator(request: APIRequestContext, loginId: string): Promise<void> {
  const response = await request.post(`${E2E.simUrl}/sim/users/${encodeURIComponent(loginId)}/lock`);
  expect(response.status()).toBe(200);
}

/** The platform stops answering this endpoint (e.g. "GET /user/:username"): its calls hang, unanswered. */
export async function hangThroughSimulator(request: APIRequestContext, endpoint: string): Promise<void> {
  const response = await request.put(`${E2E.simUrl}/sim/hang`, { data: { endpoint } });
  expect(response.status()).toBe(200);
}

/** The platform answers again: every fault cleared, the calls it held closed. */
export async function clearSimulatorFaults(request: APIRequestContext): Promise<void> {
  const response = await request.delete(`${E2E.simUrl}/sim/faults`);
  expect(response.status()).toBe(200);
}

// ---------------------------------------------------------------- Finding a person

/**
 * Into the search for a person, in the header of every page. ("/" comes here only on a page without
 * a search of its own; on the Directory it goes to the Directory's: keyboard/shortcuts.spec.ts.)
 */
export async function clickFindAPerson(page: Page): Promise<void> {
  await peopleSearch(page).click();
  await expect(peopleSearch(page)).toBeFocused();
}

function peopleSearch(page: Page) {
  return page.getByRole("combobox", { name: "Find a person" });
}

export async function fillPeopleSearch(page: Page, text: string): Promise<void> {
  await peopleSearch(page).pressSequentially(text, { delay: 20 });
}

export async function assertSuggested(page: Page, name: string): Promise<void> {
  const first = page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first();
  await expect(first).toContainText(name);
  await expect(first).toHaveAttribute("aria-selected", "true");
  await assertNoSeriousA11yViolations(page);
}

export async function pressEnterToOpen(page: Page): Promise<void> {
  await peopleSearch(page).press("Enter");
}

export async function goToUser(page: Page, loginId: string): Promise<void> {
  await page.goto(paths.user.getHref(loginId));
}

export async function assertOnUserPage(page: Page, name: string, loginId: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === paths.user.getHref(loginId));
  await expect(page.getByRole("region", { name: "Profile" })).toContainText(loginId);
  await assertNoSeriousA11yViolations(page);
}

/** A user's page still waiting for the user, heading and all. */
export async function assertLoadingUser(page: Page, loginId: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: loginId })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading the user…" })).toBeVisible();
}

/** The load failed because the platform is silent: said so, in place, `within` ms of `since`, with a way to try again. */
export async function assertContactCenterNotAnswering(page: Page, { since, within }: { since: number; within: number }): Promise<void> {
  const alert = page.getByRole("alert").filter({ hasText: "This user could not be loaded" });
  await expect(alert).toContainText("The contact center is not answering right now", { timeout: within });
  expect(Date.now() - since, "ms from opening the page to the message").toBeLessThan(within);
  await expect(alert).not.toContainText("connection");
  await expect(alert.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByText("Loading the user…")).toHaveCount(0);
  await assertNoSeriousA11yViolations(page);
}

export async function clickTryAgain(page: Page): Promise<void> {
  await page.getByRole("alert").getByRole("button", { name: "Try again" }).click();
}

// ---------------------------------------------------------------- Sign-in state

function signInSection(page: Page) {
  return page.getByRole("region", { name: "Sign-in" });
}

export async function assertLockState(page: Page, state: "Locked" | "Not locked"): Promise<void> {
  await expect(signInSection(page).getByText(state, { exact: true })).toBeVisible();
}

export async function assertSignInDetailsShown(page: Page): Promise<void> {
  const recent = page.getByRole("region", { name: "Recent sign-in" });
  await expect(recent).toBeVisible();
  await expect(recent).toContainText("Signed in now");
  await expect(recent).toContainText("IP address");
}

export async function assertNoSignInDetails(page: Page): Promise<void> {
  await expect(page.getByRole("region", { name: "Recent sign-in" })).toHaveCount(0);
}

export async function clickUnlock(page: Page): Promise<void> {
  await signInSection(page).getByRole("button", { name: "Unlock" }).click();
}

export async function assertUnlocked(page: Page, name: string): Promise<void> {
  await assertLockState(page, "Not locked");
  await expect(page.getByText(`Unlocked ${name}’s account.`)).toBeVisible();
  await expect(signInSection(page).getByRole("button", { name: "Unlock" })).toHaveCount(0);
}

export async function assertNoHelpdeskActions(page: Page): Promise<void> {
  await expect(signInSection(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Unlock" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Reset password/ })).toHaveCount(0);
}

// ---------------------------------------------------------------- Resetting a password

function resetDialog(page: Page, name: string) {
  return page.getByRole("dialog", { name: `Reset the password of ${name}` });
}

export async function clickResetPassword(page: Page, name: string): Promise<void> {
  await signInSection(page).getByRole("button", { name: "Reset password…" }).click();
  await expect(resetDialog(page, name)).toBeVisible();
  await expect(resetDialog(page, name).getByRole("radio", { name: /^Generate/ })).toBeChecked();
  await assertNoSeriousA11yViolations(page);
}

/** From the keyboard only: the arrow picks "Type one", Tab reaches the field. */
export async function chooseTypeOwnWithKeyboard(page: Page, name: string): Promise<void> {
  const dialog = resetDialog(page, name);
  await expect(dialog.getByRole("radio", { name: /^Generate/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(dialog.getByRole("radio", { name: "Type one" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Password to set")).toBeFocused();
}

/** Replaces what the focused field holds, then Enter sends the form. */
export async function typePasswordAndPressEnter(page: Page, password: string): Promise<void> {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
}

export async function assertPasswordRefused(page: Page, name: string, message: string): Promise<void> {
  const field = resetDialog(page, name).getByLabel("Password to set");
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(field).toBeFocused();
  await assertNoSeriousA11yViolations(page);
}

export async function assertTypedPasswordShownOnce(page: Page, name: string, password: string): Promise<void> {
  const dialog = resetDialog(page, name);
  await expect(dialog.getByRole("status", { name: "Temporary password" })).toHaveText(password);
  await expect(dialog).toContainText("This password will not be shown again.");
  await expect(dialog.getByRole("button", { name: "Copy the temporary password" })).toBeFocused();
}

export async function pressEscapeToClose(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(signInSection(page).getByRole("button", { name: "Reset password…" })).toBeFocused();
}

export async function clickConfirmReset(page: Page, name: string): Promise<void> {
  await resetDialog(page, name).getByRole("button", { name: "Reset password" }).click();
}

/** The password is on screen once, with the warning; Copy puts it on the clipboard. Returns it. */
export async function copyTemporaryPassword(page: Page, name: string): Promise<string> {
  const dialog = resetDialog(page, name);
  const shown = dialog.getByRole("status", { name: "Temporary password" });
  await expect(shown).toHaveText(/^[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}-[A-HJ-NP-Za-km-z2-9]{4}$/);
  await expect(dialog).toContainText("This password will not be shown again.");
  await assertNoSeriousA11yViolations(page);
  const password = (await shown.textContent()) ?? "";
  await dialog.getByRole("button", { name: "Copy the temporary password" }).click();
  await expect(page.getByText("Copied the temporary password")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  return password;
}

export async function clickDone(page: Page, name: string): Promise<void> {
  await resetDialog(page, name).getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
}

export async function assertMustChangePassword(page: Page): Promise<void> {
  await expect(signInSection(page).getByText("Must change password", { exact: true })).toBeVisible();
}

/** Gone from the page, and not to be had again from the BFF. */
export async function assertPasswordNowhere(page: Page, password: string): Promise<void> {
  await expect(page.locator("body")).not.toContainText(password);
  expect(await page.content()).not.toContain(password);
}

// ---------------------------------------------------------------- The BFF directly

/** Calls the unlock route as the signed-in browser would: same origin, with the session's CSRF token. */
export async function callUnlockRoute(page: Page, loginId: string): Promise<{ status: number; problem: Problem }> {
  const session = SessionSchema.parse(await (await page.request.get("/api/session")).json());
  const response = await page.request.delete(`/api/users/${encodeURIComponent(loginId)}/lock`, {
    headers: { Origin: E2E.baseUrl, "X-CSRF-Token": session.csrfToken },
  });
  return { status: response.status(), problem: ProblemSchema.parse(await response.json()) };
}

/** Clean-up: a helpdesk unlocks the account through the BFF, outside any page. */
export async function unlockThroughBff(request: APIRequestContext, loginId: string, role: DemoRole = "helpdesk"): Promise<void> {
  const headers = { Origin: E2E.baseUrl };
  const signedIn = await request.post(`${E2E.baseUrl}/api/session`, { headers, data: { username: role, password: E2E.demoPassword } });
  expect(signedIn.status()).toBe(200);
  const { csrfToken } = SessionSchema.parse(await signedIn.json());
  const unlocked = await request.delete(`${E2E.baseUrl}/api/users/${encodeURIComponent(loginId)}/lock`, {
    headers: { ...headers, "X-CSRF-Token": csrfToken },
  });
  expect(unlocked.status()).toBe(200);
  await request.delete(`${E2E.baseUrl}/api/session`, { headers: { ...headers, "X-CSRF-Token": csrfToken } });
}

// ---------------------------------------------------------------- The audit trail

export async function goToAuditOf(page: Page, target: string): Promise<void> {
  await page.goto(paths.audit.getHref({ target }));
}

/** The newest record of this action on this target: who, and how it ended. */
export async function assertAuditShows(
  page: Page,
  record: { action: string; actor: string; target: string; outcome: "succeeded" | "refused" },
): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Audit" })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === paths.audit.path && url.searchParams.get("target") === record.target);
  const row = page
    .getByRole("table", { name: "Audit records, newest first" })
    .getByRole("row")
    .filter({ hasText: record.action })
    .first();
  await expect(row).toBeVisible();
  await expect(row).toContainText(record.actor);
  await expect(row).toContainText(record.target);
  await expect(row).toContainText(record.outcome);
  await assertNoSeriousA11yViolations(page);
}
