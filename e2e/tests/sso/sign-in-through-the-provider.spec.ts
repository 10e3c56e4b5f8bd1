import { expect, test } from "@playwright/test";
import { assertOnDirectory } from "../directory/steps.ts";
import { assertOnSignInPage, clickSignOut } from "../support/session-steps.ts";
import { assertSignedInAs, assertSsoButtonOffered, clickSignInWithProvider, confirmSignOutAtProvider, signInAtProvider } from "./steps.ts";

test.describe("signing in through the company's identity provider", () => {
  test("a supervisor signs in at the provider, lands on the directory, and signs out there too", async ({ page }) => {
    await page.goto("/");
    await assertOnSignInPage(page);
    await assertSsoButtonOffered(page);

    await clickSignInWithProvider(page);
    await signInAtProvider(page, "ann");

    await assertOnDirectory(page);
    await assertSignedInAs(page, "ann", "Supervisor");

    await clickSignOut(page);
    await confirmSignOutAtProvider(page);

    await assertOnSignInPage(page);
    // Signed out here: the directory asks for sign-in again.
    await page.goto("/directory");
    await assertOnSignInPage(page);
  });

  test("someone the provider gives no Switchboard role is told so", async ({ page }) => {
    await page.goto("/sign-in");
    await clickSignInWithProvider(page);
    await signInAtProvider(page, "bob");

    await expect(page.getByRole("heading", { level: 1, name: "No access to Switchboard" })).toBeVisible();
    await expect(page.getByText(/Your account at Acme Login gives you no role in Switchboard/)).toBeVisible();
  });
});
