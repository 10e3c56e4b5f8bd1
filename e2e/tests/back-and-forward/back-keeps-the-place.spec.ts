import { test } from "@playwright/test";
import { assertOnAudit, goToAudit } from "../admin/steps.ts";
import { assertOnDirectory, goToDirectory } from "../directory/steps.ts";
import { signInAs } from "../support/session-steps.ts";
import { createUserThroughBff, deleteUserIfLeft, uniqueLogin, unlockRepeatedlyThroughBff } from "../support/users-api.ts";
import { goToUsers } from "../supervisor/browse-steps.ts";
import {
  assertBackAndForwardKeepTheRows,
  assertListShown,
  assertSameRowsInView,
  clickEntryInView,
  clickLoadOlderRecords,
  reloadPage,
  rowsInView,
  scrollFarDown,
} from "./steps.ts";

test.describe("Back and Forward return to the same place in a long list", () => {
  // Scrolling through hundreds of rows, sign-ins and accessibility scans: slow on a small machine.
  test.slow();

  test("a supervisor far down the users list opens a user; Back shows the same rows, and again after Forward", async ({ page }) => {
    await goToUsers(page);
    await signInAs(page, "supervisor");
    await assertListShown(page, "Users");

    await scrollFarDown(page, 0.6);
    await assertBackAndForwardKeepTheRows(page, "Users");
  });

  test("on a phone, a viewer far down the directory opens a person; Back shows the same cards, and again after Forward", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await goToDirectory(page);
    await signInAs(page, "viewer");
    await assertOnDirectory(page);

    // Cards are measured a few pixels off their estimate: the same offset alone would show others.
    await scrollFarDown(page, 0.7);
    await assertBackAndForwardKeepTheRows(page, "People");
    await context.close();
  });

  test("after the user's page is reloaded, Back shows the same rows once the list has loaded again", async ({ page }) => {
    await goToUsers(page);
    await signInAs(page, "supervisor");
    await assertListShown(page, "Users");

    await scrollFarDown(page, 0.6);
    const rows = await rowsInView(page, "Users");
    await clickEntryInView(page, "Users");
    await reloadPage(page);

    // A new document: the list's data arrives after the navigation, when the window has no height to scroll yet.
    await page.goBack();
    await assertSameRowsInView(page, "Users", rows);
  });

  test.describe("a long audit trail", () => {
    const loginId = uniqueLogin("e2e.trail");

    test.beforeAll(async () => {
      await createUserThroughBff({ loginId, firstName: "Trail", lastName: "Long", team: "Customer Service" });
      await unlockRepeatedlyThroughBff(loginId, 60);
    });

    test.afterAll(async () => {
      await deleteUserIfLeft(loginId);
    });

    test("an admin far down the trail opens the user a record is about; Back shows the same records, and again after Forward", async ({ page }) => {
      await goToAudit(page, { target: loginId });
      await signInAs(page, "admin");
      await assertOnAudit(page);
      await clickLoadOlderRecords(page, 61);

      await scrollFarDown(page, 0.8);
      await assertBackAndForwardKeepTheRows(page, "Audit records, newest first");
    });
  });
});
