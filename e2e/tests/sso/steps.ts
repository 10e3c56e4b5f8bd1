import { expect, type Page } from "@playwright/test";
import { assertNoSeriousA11yViolations } from "../support/accessibility.ts";
import { E2E_SSO } from "../support/environment.ts";

export async function clickSignInWithProvider(page: Page): Promise<void> {
  await page.getByRole("link", { name: `Sign in with ${E2E_SSO.providerName}` }).click();
}

/** The provider's own pages (oidc-provider's development login and consent): any password will do. */
export async function signInAtProvider(page: Page, login: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.origin === E2E_SSO.issuer);
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** The provider asks before ending its own session: yes. */
export async function confirmSignOutAtProvider(page: Page): Promise<void> {
  await expect(page).toHaveURL((url) => url.origin === E2E_SSO.issuer);
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
}

export async function assertSsoButtonOffered(page: Page): Promise<void> {
  await expect(page.getByRole("link", { name: `Sign in with ${E2E_SSO.providerName}` })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
}

export async function assertSignedInAs(page: Page, username: string, role: string): Promise<void> {
  await expect(page.getByText(username, { exact: true })).toBeVisible();
  await expect(page.getByText(role, { exact: true })).toBeVisible();
}

/** A user outside the account's teams: the page says so and why, and shows nothing of the user. */
export async function assertOutsideTeams(page: Page, detail: string): Promise<void> {
  const alert = page.getByRole("alert").filter({ hasText: "This user is outside your teams." });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(detail);
  await expect(page.getByRole("region", { name: "Team and skills" })).toHaveCount(0);
  await assertNoSeriousA11yViolations(page);
}
