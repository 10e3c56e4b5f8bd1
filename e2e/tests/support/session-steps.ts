import { expect, type Page } from "@playwright/test";
import { paths } from "../../../apps/web/src/config/paths.ts";
import { assertNoSeriousA11yViolations } from "./accessibility.ts";
import { E2E } from "./environment.ts";

export type DemoRole = "viewer" | "helpdesk" | "supervisor" | "admin";

export async function assertOnSignInPage(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Switchboard" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${paths.signIn.path}(\\?|$)`));
}

export async function assertDemoBanner(page: Page): Promise<void> {
  await expect(page.getByText(/Demo mode/).first()).toBeVisible();
}

export async function fillSignIn(page: Page, username: string, password: string = E2E.demoPassword): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
}

export async function clickSignIn(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in from wherever the app sent us, checking the sign-in page on the way. */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  await signInWith(page, role, E2E.demoPassword);
}

/** The same, for an account a test made itself. */
export async function signInWith(page: Page, username: string, password: string): Promise<void> {
  await assertOnSignInPage(page);
  await assertDemoBanner(page);
  await assertNoSeriousA11yViolations(page);
  await fillSignIn(page, username, password);
  await clickSignIn(page);
}

export async function clickSignOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
}
