import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import { assertNoSidewaysScroll } from "../supervisor/browse-steps.ts";
import {
  ADMIN_PAGES,
  adminPageTitled,
  assertCurrentInNavigation,
  assertHeaderCollapsed,
  assertHeaderInMenu,
  assertHeaderNotCollapsed,
  assertHeaderOnOneLine,
  assertMenuShows,
  assertOnAdminPage,
  assertPrimaryActionsOnScreen,
  clickInMenu,
  clickMenu,
  goToAdminPage,
  pressEnterToOpenMenu,
  pressEscapeToCloseMenu,
} from "./steps.ts";

const DIRECTORY = adminPageTitled("Directory");
const USERS = adminPageTitled("Users");
const USER = adminPageTitled("Eric Chen");
const NEW_USER = adminPageTitled("New user");
const AUDIT = adminPageTitled("Audit");

test.describe("an admin's pages on a phone and on a small laptop", () => {
  const widths = [
    { width: 390, assertHeader: assertHeaderInMenu },
    { width: 1024, assertHeader: assertHeaderOnOneLine },
  ];
  for (const { width, assertHeader } of widths) {
    test(`at ${width} px no page scrolls sideways, each page's primary actions are on screen, and the header fits`, async ({ browser }) => {
      test.slow(); // nine pages
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await goToAdminPage(page, DIRECTORY);
      await signInAs(page, "admin");
      await assertOnAdminPage(page, DIRECTORY);

      for (const adminPage of ADMIN_PAGES) {
        await test.step(adminPage.heading, async () => {
          await goToAdminPage(page, adminPage);
          await assertOnAdminPage(page, adminPage);
          await assertNoSidewaysScroll(page);
          await assertPrimaryActionsOnScreen(page, adminPage);
          await page.evaluate(() => window.scrollTo(0, 0));
          await assertHeader(page);
        });
      }
      await context.close();
    });
  }

  test("at 1024 px the header is one line; its menu holds the pages, the account and Sign out, and works from the keyboard", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await goToAdminPage(page, AUDIT);
    await signInAs(page, "admin");
    await assertOnAdminPage(page, AUDIT);

    await assertHeaderOnOneLine(page);
    await assertHeaderCollapsed(page);
    await pressEnterToOpenMenu(page);
    await assertMenuShows(page, "admin", "Audit");
    await pressEscapeToCloseMenu(page);

    await clickMenu(page);
    await clickInMenu(page, "Accounts");
    await assertHeaderOnOneLine(page);
    await context.close();
  });

  test("at 390 px the header collapses into a menu that opens every page", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await goToAdminPage(page, DIRECTORY);
    await signInAs(page, "admin");
    await assertOnAdminPage(page, DIRECTORY);

    await assertHeaderCollapsed(page);
    await clickMenu(page);
    await assertMenuShows(page, "admin", "Directory");
    await clickInMenu(page, "Teams");
    await assertNoSidewaysScroll(page);
    await context.close();
  });

  test("where the header fits, New user is the one page marked in the navigation, and a user's page is under Users", async ({ page }) => {
    await goToAdminPage(page, NEW_USER);
    await signInAs(page, "admin");
    await assertOnAdminPage(page, NEW_USER);
    await assertHeaderNotCollapsed(page);
    await assertCurrentInNavigation(page, "New user");

    await goToAdminPage(page, USER);
    await assertOnAdminPage(page, USER);
    await assertCurrentInNavigation(page, "Users");
    await goToAdminPage(page, USERS);
    await assertCurrentInNavigation(page, "Users");
  });
});
