import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import {
  assertActiveDevice,
  assertDoNotDisturbShown,
  assertNoBrightPatternAreasInNavigation,
  assertNoLockOrPasswordReset,
  assertOnDirectory,
  assertOnUserPage,
  assertPersonWithNumber,
  clickPerson,
  goToDirectory,
} from "./steps.ts";

test.describe("Genesys: looking up a colleague", () => {
  test("a viewer finds a colleague by user name, with the active device's number and DND; no teams, access numbers or locks", async ({ page }) => {
    await goToDirectory(page, "eric.chen@example.com");
    await signInAs(page, "viewer");
    await assertOnDirectory(page);
    await assertNoBrightPatternAreasInNavigation(page);

    await assertPersonWithNumber(page, "Eric Chen", "eric.chen@example.com");
    await assertDoNotDisturbShown(page, "eric.chen@example.com", false);

    await clickPerson(page, "Eric Chen");
    await assertOnUserPage(page, "Eric Chen");
    await assertActiveDevice(page, "Off");
    await assertNoLockOrPasswordReset(page);
  });

  test("a colleague with DND on is marked so in the directory and on their page", async ({ page }) => {
    await goToDirectory(page, "dale.turner@example.com");
    await signInAs(page, "viewer");
    await assertOnDirectory(page);

    await assertPersonWithNumber(page, "Dale Turner", "dale.turner@example.com");
    await assertDoNotDisturbShown(page, "dale.turner@example.com", true);

    await clickPerson(page, "Dale Turner");
    await assertOnUserPage(page, "Dale Turner");
    await assertActiveDevice(page, "On");
    await assertNoLockOrPasswordReset(page);
  });
});
