import { test } from "@playwright/test";
import { assertOnSignInPage, clickSignOut } from "../support/session-steps.ts";
import { assertOnEditableUserPage, assertSaved, clickSaveChanges, fillSkillLevel, goToUser } from "../supervisor/edit-user-steps.ts";
import { assertOutsideTeams, clickSignInWithProvider, confirmSignOutAtProvider, signInAtProvider } from "./steps.ts";

// Decision 023: the provider's teams claim scopes dora, a supervisor, to Customer Service. Wanda Bui
// is in Customer Service; Jose Navarro (navarro) is in Support Team.

test.describe("a supervisor scoped to one team by the identity provider", () => {
  test("edits a user of that team, is refused a user of another, and signs out through the provider", async ({ page }) => {
    test.slow(); // two sign-ins at the provider, and each page scanned for accessibility
    await page.goto("/sign-in");
    await clickSignInWithProvider(page);
    await signInAtProvider(page, "dora");

    await goToUser(page, "wandabui");
    await assertOnEditableUserPage(page, "Wanda Bui");
    await fillSkillLevel(page, "Support", "85");
    await clickSaveChanges(page);
    await assertSaved(page, "Saved Wanda Bui");

    await goToUser(page, "navarro");
    await assertOutsideTeams(page, "navarro is in team Support Team; your account is scoped to Customer Service.");

    await clickSignOut(page);
    await confirmSignOutAtProvider(page);
    await assertOnSignInPage(page);
  });
});
