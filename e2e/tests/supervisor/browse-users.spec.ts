import { test } from "@playwright/test";
import { signInAs } from "../support/session-steps.ts";
import {
  assertEveryUserMatches,
  assertListIsVirtualized,
  assertNoSidewaysScroll,
  assertOnUserPage,
  assertOnUsers,
  assertSortedBy,
  assertUsersAddress,
  clickFirstUser,
  clickSortBy,
  clickUsersInNavigation,
  fillUsersSearch,
  goToUsers,
  pressEnterToSortBy,
} from "./browse-steps.ts";

/** DEMO_TENANT_USERS in playwright.config.ts. */
const TENANT_SIZE = 500;

test.describe("supervisor: browsing the users", () => {
  test("a supervisor opens Users, searches, sorts by extension, and opens a user", async ({ page }) => {
    await page.goto("/");
    await signInAs(page, "supervisor");
    await clickUsersInNavigation(page);
    await assertOnUsers(page);
    await assertListIsVirtualized(page, TENANT_SIZE);

    await fillUsersSearch(page, "chen");
    await assertEveryUserMatches(page, /chen/i, TENANT_SIZE);

    await clickSortBy(page, "Extension");
    await assertSortedBy(page, "Extension", "ascending");
    await assertUsersAddress(page, { q: "chen", sort: "extension" });

    await pressEnterToSortBy(page, "Extension");
    await assertSortedBy(page, "Extension", "descending");
    await assertUsersAddress(page, { q: "chen", sort: "extension", dir: "desc" });
    await assertOnUsers(page);

    const name = await clickFirstUser(page);
    await assertOnUserPage(page, name);

    await page.goBack();
    await assertUsersAddress(page, { q: "chen", sort: "extension", dir: "desc" });
    await assertSortedBy(page, "Extension", "descending");
  });

  test("a bookmarked, sorted search asks for sign-in, then shows the same list", async ({ page }) => {
    await goToUsers(page, { q: "chen", sort: "did", dir: "desc" });
    await signInAs(page, "admin");

    await assertOnUsers(page);
    await assertUsersAddress(page, { q: "chen", sort: "did", dir: "desc" });
    await assertEveryUserMatches(page, /chen/i, TENANT_SIZE);
  });

  test("on a phone-width screen the users are cards that sort by a tap, without sideways scrolling", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await goToUsers(page);
    await signInAs(page, "supervisor");
    await assertOnUsers(page);

    await clickSortBy(page, "Extension");
    await assertSortedBy(page, "Extension", "ascending");
    await assertNoSidewaysScroll(page);
    await context.close();
  });
});
