import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import {
  assertNoSidewaysScroll,
  assertOnAccessNumbers,
  assertOnTeams,
  assertOnUserPage,
  assertScenarioNumber,
  assertTeamListed,
  chooseType,
  clickFirstUserAssignedNumber,
  clickInNavigation,
  goToAccessNumbers,
  goToTeams,
} from "./browse-steps.ts";

test.describe("supervisor: teams and access numbers", () => {
  test("a supervisor sees the teams, the access numbers, and opens the user behind a DID", async ({ page }) => {
    await goToTeams(page);
    await signInAs(page, "supervisor");
    await assertOnTeams(page);
    await assertTeamListed(page, "Customer Service");

    await clickInNavigation(page, "Access numbers");
    await assertOnAccessNumbers(page);
    await assertScenarioNumber(page, "+1 650-555-5555", "Main Inbound");

    await chooseType(page, "user");
    await assertOnAccessNumbers(page);
    const name = await clickFirstUserAssignedNumber(page);
    await assertOnUserPage(page, name);
  });

  test("on a phone-width screen a viewer reads the access numbers without sideways scrolling", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await goToAccessNumbers(page);
    await signInAs(page, "viewer");
    await assertOnAccessNumbers(page);
    await assertScenarioNumber(page, "+1 650-555-5555", "Main Inbound");
    await assertNoSidewaysScroll(page);
    await context.close();
  });
});
